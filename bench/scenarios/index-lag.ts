import { updatePerson } from "~/.server/people.server";
import type { Database } from "../../db/client";
import { request } from "../http";
import { type Summary, summarize } from "../stats";

export type IndexLagReport = {
  writes: number;
  ratePerSecond: number;
  durationSeconds: number;
  lag: Summary & { max: number };
  /** Writes not visible in search within the deadline. */
  missing: number;
  writeErrors: number;
};

type Context = {
  db: Database;
  meiliUrl: string;
  meiliKey: string;
  /** Listed people to edit, one write each. */
  people: string[];
  ratePerSecond: number;
  durationSeconds: number;
  log: (line: string) => void;
};

const POLL_PAUSE_MS = 20;

type Pending = { personId: string; token: string; committedAt: number };

/**
 * Index lag under a steady write load: the bench edits profiles through the domain writer
 * (updatePerson: data and outbox row in one transaction) at a fixed rate, and a single tight loop
 * asks Meilisearch for every write not yet seen, in one multi-search per turn (every 20 ms). Lag is from the
 * commit's acknowledgement to the first answer that shows the new text.
 */
export async function runIndexLag(ctx: Context): Promise<IndexLagReport> {
  const total = Math.min(ctx.people.length, Math.round(ctx.ratePerSecond * ctx.durationSeconds));
  const pending: Pending[] = [];
  const lags: number[] = [];
  let writeErrors = 0;
  let writing = true;
  const run = Date.now()
    .toString(36)
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);

  const poller = (async () => {
    // Once the writes are done, whatever is still unseen after 30 s counts as missing.
    let giveUpAt = Number.POSITIVE_INFINITY;
    while (writing || (pending.length > 0 && Date.now() < giveUpAt)) {
      if (!writing && giveUpAt === Number.POSITIVE_INFINITY) giveUpAt = Date.now() + 30_000;
      if (pending.length === 0) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      const batch = pending.slice(0, 50);
      const res = await request(`${ctx.meiliUrl}/multi-search`, {
        method: "POST",
        headers: { authorization: `Bearer ${ctx.meiliKey}` },
        body: JSON.stringify({
          queries: batch.map((p) => ({
            indexUid: "people",
            q: p.token,
            attributesToRetrieve: ["id"],
            limit: 5,
          })),
        }),
      });
      const seenAt = performance.now();
      // A short pause between polls: a loop without one kept a core of this 2-core machine busy
      // searching and slowed the very indexing it measures. It bounds the lag's resolution.
      await new Promise((r) => setTimeout(r, POLL_PAUSE_MS));
      if (res.status !== 200) continue;
      const { results } = JSON.parse(res.text) as { results: { hits: { id: string }[] }[] };
      batch.forEach((p, i) => {
        if (!results[i]?.hits.some((h) => h.id === p.personId)) return;
        lags.push(seenAt - p.committedAt);
        pending.splice(pending.indexOf(p), 1);
      });
    }
  })();

  const interval = 1000 / ctx.ratePerSecond;
  const started = performance.now();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const personId = ctx.people[i]!;
    const token = `benchlag${run}${letters(i)}`;
    writes.push(
      updatePerson(ctx.db, personId, { headline: `Profil mis à jour ${token}` })
        .then(() => {
          pending.push({ personId, token, committedAt: performance.now() });
        })
        .catch((error) => {
          writeErrors++;
          if (writeErrors === 1) ctx.log(`  index lag: write failed: ${error}`);
        }),
    );
    if ((i + 1) % (ctx.ratePerSecond * 10) === 0) ctx.log(`  index lag: ${i + 1}/${total} writes`);
  }
  await Promise.all(writes);
  writing = false;
  await poller;

  const summary = summarize(lags);
  return {
    writes: total,
    ratePerSecond: ctx.ratePerSecond,
    durationSeconds: ctx.durationSeconds,
    lag: { ...summary, max: lags.length ? Math.max(...lags) : Number.NaN },
    missing: pending.length,
    writeErrors,
  };
}

/** A number as letters only (Meilisearch would split digits from letters into two words). */
function letters(n: number): string {
  let out = "";
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { searchOutboxJob } from "~/.server/jobs/app-jobs.server";
import { type JobOutcome, startJobRunner } from "~/.server/jobs/runner.server";
import { updatePerson } from "~/.server/people.server";
import { action, loader } from "~/routes/coordinator.deliveries";
import { createDatabase } from "../db/client";
import { tryDrainLock } from "../db/outbox-retry";
import { searchOutbox } from "../db/schema";
import { freePort } from "../server/free-port";
import { callRoute, createAccount } from "../tests/accounts";
import { eventually, makeExpert } from "../tests/factories";
import { createTestContext, type TestContext } from "../tests/setup/test-context";
import { createSearchEngine, type SearchEngine } from "./client";
import { type MeiliProcessHandle, startMeilisearch } from "./meili-process";
import { type DrainResult, drainOutboxOnce } from "./outbox-worker";
import { reindexAll } from "./reindex";
import { reconcileIndexSettings } from "./settings";

/**
 * A Meilisearch of its own that refuses any request body over 160 KB, as an operator can configure
 * one (MEILI_HTTP_PAYLOAD_SIZE_LIMIT). A profile with a 200 KB headline (the writers and the import
 * do not cap it) is then a document Meilisearch really refuses (413 payload_too_large), while a
 * batch of ordinary profiles goes through.
 */
let ctx: TestContext;
let meili: MeiliProcessHandle;
let engine: SearchEngine;
let dir: string;

beforeAll(async () => {
  ctx = await createTestContext();
  dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-meili-refusals-"));
  process.env.MEILI_HTTP_PAYLOAD_SIZE_LIMIT = String(160 * 1024);
  try {
    meili = await startMeilisearch({ dataDir: dir, port: await freePort() });
  } finally {
    delete process.env.MEILI_HTTP_PAYLOAD_SIZE_LIMIT;
  }
  engine = createSearchEngine({ url: meili.url, apiKey: meili.masterKey, prefix: "refusals_" });
  await reconcileIndexSettings(engine, ctx.db);
});
afterAll(async () => {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
  await ctx.cleanup();
});

const HUGE_HEADLINE = "démesuré ".repeat(20_000);
const searchNames = async (q: string) =>
  (await engine.client.index(engine.index("people")).search(q, { limit: 100 })).hits.map(
    (h) => h.name as string,
  );
const rowsOf = (personId: string) =>
  ctx.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, personId));
const MINUTE = 60_000;

describe("a document Meilisearch refuses", () => {
  let hugeId: string;
  let clock = 0;
  const drainAt = (ms: number) => drainOutboxOnce(ctx.db, engine, { now: new Date(ms) });

  test("does not hold back the others, and becomes a dead letter on its fifth refusal", async () => {
    for (let i = 0; i < 12; i++) await makeExpert(ctx.db, { fullName: `Voisin Patient ${i}` });
    hugeId = (await makeExpert(ctx.db, { fullName: "Titre Démesuré", headline: HUGE_HEADLINE })).id;

    clock = Date.now();
    const first = await drainAt(clock);
    expect(first).toMatchObject({ processed: 12, failed: 1, dead: 0 });
    expect(first.failures).toEqual([
      expect.stringMatching(
        /^person .* refused \(attempt 1 of 5\), retry in 250 ms: payload_too_large/,
      ),
    ]);
    expect((await searchNames("Voisin Patient")).length).toBe(12);
    expect(await searchNames("Titre Démesuré")).toEqual([]);

    // Not due again before its backoff has passed (time is injected, nothing sleeps).
    expect(await drainAt(clock + 200)).toMatchObject({ processed: 0, failed: 0 });
    const results: DrainResult[] = [];
    for (let attempt = 2; attempt <= 5; attempt++) {
      clock += MINUTE;
      results.push(await drainAt(clock));
    }
    expect(results.map((r) => [r.failed, r.dead])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(results[3]!.failures).toEqual([
      expect.stringMatching(
        /refused 5 times: moved to the dead letters \(\/coordinator\/deliveries\)/,
      ),
    ]);
    const [row] = await rowsOf(hugeId);
    expect(row).toMatchObject({ attempts: 5, processedAt: null });
    expect(row!.deadAt).toBeInstanceOf(Date);
    expect(row!.lastError).toContain("payload_too_large");
    // A dead letter is never picked up again by itself.
    expect(await drainAt(clock + 24 * 60 * MINUTE)).toMatchObject({ processed: 0, failed: 0 });
  });

  test("is listed on the failed deliveries page; its retry re-queues it, and fixing the profile settles it", async () => {
    const coordinator = await createAccount(ctx.db, {
      roles: ["coordinator"],
      visibility: "hidden",
    });
    const page = await callRoute(
      { loader },
      { url: "/coordinator/deliveries", cookie: coordinator.cookie },
    );
    const { search } = (page.body as Awaited<ReturnType<typeof loader>>).overview;
    const letter = search.letters.find((l) => l.entityId === hugeId);
    expect(letter).toMatchObject({ name: "Titre Démesuré", attempts: 5 });
    expect(search.dead).toBe(1);

    const retried = await callRoute(
      { action },
      {
        method: "POST",
        url: "/coordinator/deliveries",
        cookie: coordinator.cookie,
        form: { intent: "retry", queue: "search", id: String(letter!.id) },
      },
    );
    expect(retried.body).toMatchObject({ requeued: 1 });
    expect((await rowsOf(hugeId))[0]).toMatchObject({ deadAt: null, attempts: 0 });
    // Back in the queue, due now: the worker tries it again (and Meilisearch refuses it again).
    clock += MINUTE;
    expect(await drainAt(clock)).toMatchObject({ failed: 1, dead: 0 });
    expect((await rowsOf(hugeId))[0]).toMatchObject({ deadAt: null, attempts: 1 });

    // The owner shortens the headline: the new document goes in and nothing is left to retry.
    await updatePerson(ctx.db, hugeId, { headline: "Ingénieure en données" });
    clock += MINUTE;
    expect(await drainAt(clock)).toMatchObject({ failed: 0 });
    expect(await searchNames("Titre Démesuré")).toEqual(["Titre Démesuré"]);
    const left = await ctx.db
      .select()
      .from(searchOutbox)
      .where(and(eq(searchOutbox.entityId, hugeId), isNull(searchOutbox.processedAt)));
    expect(left).toEqual([]);
  });

  test("does not stop a full reindex: the others are swapped in, the refused one is queued for its retries", async () => {
    const { id } = await makeExpert(ctx.db, {
      fullName: "Autre Démesuré",
      headline: HUGE_HEADLINE,
    });
    expect(await reindexAll(ctx.db, engine)).toEqual({ refused: 1 });
    expect((await searchNames("Voisin Patient")).length).toBe(12);
    expect(await searchNames("Titre Démesuré")).toEqual(["Titre Démesuré"]);
    expect(await searchNames("Autre Démesuré")).toEqual([]);
    const pending = (await rowsOf(id)).filter((r) => r.processedAt === null);
    expect(pending.length).toBeGreaterThan(0);

    await updatePerson(ctx.db, id, { headline: "" }); // leave a clean queue to the next tests
    clock += MINUTE;
    expect(await drainAt(clock)).toMatchObject({ failed: 0 });
  });
});

describe("one drainer across app instances", () => {
  test("while one instance drains, another skips its turn instead of working beside it", async () => {
    await makeExpert(ctx.db, { fullName: "Verrou Partagé" });
    const other = createDatabase(ctx.databaseUrl, { max: 2 });
    try {
      await other.transaction(async (tx) => {
        expect(await tryDrainLock(tx, "search-outbox")).toBe(true); // "instance A" is draining
        const skipped = await drainOutboxOnce(ctx.db, engine, {
          now: new Date(Date.now() + 24 * 60 * MINUTE),
        });
        expect(skipped).toMatchObject({ processed: 0, failed: 0 });
      });
      const after = await drainOutboxOnce(ctx.db, engine, {
        now: new Date(Date.now() + 24 * 60 * MINUTE),
      });
      expect(after.processed).toBeGreaterThan(0);
      expect(await searchNames("Verrou Partagé")).toEqual(["Verrou Partagé"]);
    } finally {
      await other.sql.end();
    }
  });

  test("two runners on two connection pools index every row exactly once", async () => {
    const pools = [
      createDatabase(ctx.databaseUrl, { max: 3 }),
      createDatabase(ctx.databaseUrl, { max: 3 }),
    ];
    const processedBy = [0, 0];
    const failures: string[] = [];
    const runners = pools.map((db, i) => {
      const job = searchOutboxJob(db, engine, { pollMs: 50 });
      return startJobRunner(
        [
          {
            ...job,
            run: async () => {
              const result = (await job.run()) as DrainResult;
              processedBy[i] = (processedBy[i] ?? 0) + result.processed;
              return result;
            },
          },
        ],
        { notifications: db.sql, logFailure: (line) => failures.push(line) },
      );
    });
    try {
      await Promise.all(runners.map((r) => r.ready));
      const before = await pendingRows();
      const WRITES = 40;
      for (let i = 0; i < WRITES; i++)
        await makeExpert(ctx.db, { fullName: `Deux Instances ${i}` });
      await eventually(pendingRows, (n) => n === 0, 20_000);
      await eventually(
        () => searchNames("Deux Instances"),
        (names) => names.length === WRITES,
      );
      // Each outbox row went to Meilisearch once: never taken by both instances at the same time.
      expect(processedBy[0]! + processedBy[1]!).toBe(before + WRITES);
      expect(failures).toEqual([]);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
      await Promise.all(pools.map((db) => db.sql.end()));
    }
  });

  test("shutdown lets the batch in flight finish and commit", async () => {
    for (let i = 0; i < 30; i++) await makeExpert(ctx.db, { fullName: `Arrêt Propre ${i}` });
    const job = searchOutboxJob(ctx.db, engine, { pollMs: 60_000 });
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    let finished: JobOutcome | null = null;
    const runner = startJobRunner([
      {
        ...job,
        run: async () => {
          started();
          finished = (await job.run()) ?? {};
          return finished;
        },
      },
    ]);
    await running;
    const { abandoned } = await runner.stop(); // as on SIGTERM, mid-batch
    expect(abandoned).toEqual([]);
    expect(finished).toMatchObject({ processed: 30 });
    expect(await pendingRows()).toBe(0);
    expect((await searchNames("Arrêt Propre")).length).toBe(30);
  });
});

async function pendingRows() {
  const rows = await ctx.db
    .select({ id: searchOutbox.id })
    .from(searchOutbox)
    .where(and(isNull(searchOutbox.processedAt), isNull(searchOutbox.deadAt)));
  return rows.length;
}

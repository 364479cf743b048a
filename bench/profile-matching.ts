import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { smallPool } from "~/.server/matching/expert-pool";
import { retrieveExpertCandidates } from "~/.server/matching/expert-retrieval";
import { rankExperts } from "~/.server/matching/expert-scoring";
import { getCorpusStats } from "~/.server/matching/load-corpus-stats";
import { loadExpertCandidates, withPaperTitles } from "~/.server/matching/load-expert-candidates";
import { getTaxonomy } from "~/.server/matching/load-taxonomy";
import { analyzeNeed } from "~/.server/matching/need-analysis";
import { authorsOfMatchingPapers } from "~/.server/matching/paper-retrieval";
import { createDatabase } from "../db/client";
import { createSearchEngine } from "../search/client";
import { freePort } from "../server/free-port";
import { ensureProductionBuild, startApp } from "./app-process";
import { loadNetwork } from "./load-network";
import { runMatching } from "./scenarios/matching";
import { longNeed, SHORT_NEEDS } from "./scenarios/matching-texts";
import { summarize } from "./stats";

// tsx bench/profile-matching.ts [--size 10000] [--rounds 10]: where describe-your-need spends
// its time, phase by phase, in process, on a kept network (bench/.data/profile-<size>).
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    rounds: { type: "string", default: "10" },
    http: { type: "boolean", default: false },
  },
});
const size = Number(values.size);
const dataDir = path.resolve("bench/.data", `profile-${size}`);
const fresh = !existsSync(path.join(dataDir, "postgres"));
await ensureProductionBuild(console.log);
const app = await startApp({ dataDir, port: await freePort() });
const db = createDatabase(app.databaseUrl, { max: 10 });
try {
  if (fresh) await loadNetwork(db.sql, size, 6);
  const search = createSearchEngine({ url: app.meiliUrl, apiKey: app.meiliKey, prefix: "" });
  let t = performance.now();
  const st = await getCorpusStats(db);
  console.log(
    `papers ${st.publications.size}, profiles ${st.profiles.size}, terms ${st.termIds.size}, bigrams ${st.bigramDf.size}`,
  );
  console.log(`corpus stats built in ${(performance.now() - t).toFixed(0)} ms`);
  const phases: Record<string, number[]> = {};
  const record = (name: string, value: number) => {
    phases[name] = [...(phases[name] ?? []), value];
  };
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    const r = await f();
    record(name, performance.now() - s);
    return r;
  };
  const texts = [...SHORT_NEEDS, longNeed()];
  for (let round = 0; round < Number(values.rounds) + 1; round++) {
    for (const [i, text] of texts.entries()) {
      const kind = i < SHORT_NEEDS.length ? "short" : "long";
      t = performance.now();
      const { graph, matcher } = await getTaxonomy(db);
      const stats = await getCorpusStats(db);
      const need = await time(`${kind} analyze`, () =>
        analyzeNeed(text, { graph, matcher, stats }),
      );
      await time(`${kind} pool`, () => smallPool(db, {}, "members", 2000));
      await time(`${kind} papers`, () =>
        authorsOfMatchingPapers(db, need.retrievalStems, stats, {
          filters: {},
          audience: "members",
        }),
      );
      const ids = await time(`${kind} retrieve`, () =>
        retrieveExpertCandidates(
          db,
          search,
          need,
          { graph, stats },
          { filters: {}, audience: "members" },
        ),
      );
      record(`${kind} candidates`, ids.length);
      const candidates = await time(`${kind} load`, () => loadExpertCandidates(db, ids, stats));
      const ranked = await time(`${kind} rank`, () =>
        rankExperts(candidates, need, { graph, stats }),
      );
      await time(`${kind} titles`, () => withPaperTitles(db, ranked.slice(0, 20)));
      record(`${kind} total`, performance.now() - t);
      if (round === 0) for (const k of Object.keys(phases)) phases[k] = [];
    }
  }
  for (const [name, samples] of Object.entries(phases)) {
    const s = summarize(samples);
    console.log(`${name.padEnd(20)} median ${s.median.toFixed(1)}  p95 ${s.p95.toFixed(1)}`);
  }
  const http =
    values.http &&
    (await runMatching({
      appUrl: app.url,
      dataDir,
      sql: db.sql,
      repetitions: Number(values.rounds),
      log: console.log,
    }));
  console.log("through HTTP:", JSON.stringify(http));
} finally {
  await db.sql.end({ timeout: 5 });
  await app.stop();
}
process.exit(0);

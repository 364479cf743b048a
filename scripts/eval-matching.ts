import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { invalidateCorpusStats } from "~/.server/matching";
import type { Database } from "../db/client";
import { renderEvalDocument } from "./eval-matching/document";
import { drainAll, startEvalEngines } from "./eval-matching/engines";
import { judgeTopics } from "./eval-matching/judgments";
import { measureLatency } from "./eval-matching/latency";
import { buildEvaluationNetwork, TOPICS } from "./eval-matching/network";
import { QUERIES_AR } from "./eval-matching/queries-ar";
import { QUERIES_EN } from "./eval-matching/queries-en";
import { QUERIES_FR } from "./eval-matching/queries-fr";
import { buildRealPaperNetwork, runRealPaperEval } from "./eval-matching/real-paper-eval";
import { realPaperTable } from "./eval-matching/real-paper-report";
import { latencyTable, perQueryTable, qualityTable, summarize } from "./eval-matching/report";
import { compareRetrieval, type RetrievalComparison } from "./eval-matching/retrieval-comparison";
import { runQueries } from "./eval-matching/run-queries";
import { growNetwork } from "./eval-matching/scale";
import { seedDemoNetwork } from "./seed/seed";

// npm run eval:matching [-- --scale=10000 --no-write --verbose]
// Offline evaluation of "describe your need": labelled queries on the demo network against a
// Meilisearch keyword baseline, then leave-one-out on real papers against plain BM25.
const args = process.argv.slice(2);
const scaleArg = args.find((a) => a.startsWith("--scale="));
const scaleTo = scaleArg ? Number(scaleArg.split("=")[1]) : 10_000;
const write = !args.includes("--no-write");
const verbose = args.includes("--verbose");
const QUERIES = [...QUERIES_FR, ...QUERIES_EN, ...QUERIES_AR];

let code = 0;
try {
  const labelled = await labelledQueries();
  const real = await realPapers();
  if (write) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const target = path.join(here, "..", "docs", "matching-eval.md");
    writeFileSync(target, renderEvalDocument({ ...labelled, real }));
    console.log(`\nWrote ${path.relative(process.cwd(), target)}`);
  }
} catch (error) {
  console.error(error);
  code = 1;
}
process.exit(code);

async function labelledQueries() {
  const engines = await startEvalEngines();
  try {
    const { db, search } = engines;
    console.log("Building the evaluation network (demo network + planted experts)…");
    const planted = await buildEvaluationNetwork(db);
    await drainAll(db, search);
    const judgments = await judgeTopics(db, planted);
    invalidateCorpusStats(db);

    const runs = await runQueries(db, search, QUERIES, judgments);
    const rows = summarize(runs);
    const people = await countProfiles(db);
    if (verbose) console.log(`\n${perQueryTable(runs)}\n`);
    console.log(`\n${QUERIES.length} queries over ${TOPICS.length} topics, ${people} profiles\n`);
    console.log(qualityTable(rows));

    const latencies = [await measureLatency(db, search, QUERIES, people, "small network")];
    let grownRows: ReturnType<typeof summarize> = [];
    let grownProfiles = 0;
    if (scaleTo > people) {
      console.log(`\nGrowing the network to about ${scaleTo} profiles for latency…`);
      await growNetwork(db, scaleTo);
      await drainAll(db, search);
      invalidateCorpusStats(db);
      const grown = await countProfiles(db);
      // The same labelled queries against twenty times more background: judgments follow the
      // same rules (core concept holders at level ≥ 4 count as relevant).
      const grownRuns = await runQueries(db, search, QUERIES, await judgeTopics(db, planted));
      grownRows = summarize(grownRuns).slice(0, 3);
      console.log(`\nOn the grown network (${grown} profiles):\n${qualityTable(grownRows)}`);
      grownProfiles = grown;
      latencies.push(await measureLatency(db, search, QUERIES, grown, "grown network"));
    }
    console.log(`\n${latencyTable(latencies.flat())}`);
    return {
      rows,
      runs,
      latencies: latencies.flat(),
      people,
      grown: { rows: grownRows, profiles: grownProfiles },
    };
  } finally {
    await engines.stop();
  }
}

async function realPapers() {
  const engines = await startEvalEngines();
  try {
    const { db, search } = engines;
    console.log("\nReal papers: importing the ACL Anthology authors, one paper each held out…");
    const network = await buildRealPaperNetwork(db, search);
    const result = await runRealPaperEval(db, search, network, console.log);
    console.log(`\n${realPaperTable([...result.rows, ...result.crossLanguage])}`);
    console.log("\nRetrieval over publication text: PostgreSQL vs Meilisearch…");
    const retrieval: RetrievalComparison[] = [await compareRetrieval(db, search, network)];
    if (scaleTo > result.profiles) {
      // The demo network and copies of it around the real authors: the pool an unfiltered need
      // meets at about 10,000 profiles (same institutions, generated people and papers).
      await seedDemoNetwork(db);
      await growNetwork(db, scaleTo);
      await drainAll(db, search);
      invalidateCorpusStats(db);
      retrieval.push(await compareRetrieval(db, search, network));
    }
    return { result, retrieval };
  } finally {
    await engines.stop();
  }
}

async function countProfiles(db: Database) {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from people`);
  return row?.n ?? 0;
}

import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDatabase } from "../db/client";
import { createSearchEngine } from "../search/client";
import { freePort } from "../server/free-port";
import { ensureProductionBuild, startApp } from "./app-process";
import { loadNetwork } from "./load-network";
import { describeMachine } from "./machine";
import { startLoadSampler } from "./machine-load";
import { startMemorySampler } from "./memory";
import { setupPgAlternative } from "./pg-alternative";
import { QUERIES, toApiPath } from "./queries";
import { updateReadmeTable } from "./readme-table";
import { renderMarkdown } from "./report";
import type { BenchResults } from "./results";
import { measureClientJs } from "./scenarios/client-js";
import { runImport } from "./scenarios/import";
import { runIndexLag } from "./scenarios/index-lag";
import { runLoad } from "./scenarios/load";
import { runMatching } from "./scenarios/matching";
import { plannerSection, runPlanner } from "./scenarios/planner";
import { runReindex } from "./scenarios/reindex";
import { runSearchScenario } from "./scenarios/search";

// npm run bench [-- --size 100000] [--reps 20]: one run, its own DATA_DIR and port, real app.
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    reps: { type: "string" },
    "lag-seconds": { type: "string", default: "30" },
    "load-seconds": { type: "string", default: "20" },
    // The search rounds stop early when this runs out (a busy machine), after at least 5.
    "search-seconds": { type: "string" },
    // Not the shipped configuration: for "what would reach the target" runs, written apart.
    "meili-max-indexing-memory": { type: "string" },
    // "planner": the meeting planner alone (no app, no engines), written as bench/results/planner.*
    // A comma list of search,matching,load,clientjs,lag,reindex,import: those scenarios alone on
    // the generated network, written as bench/results/partial-<size>.json (an A/B tool, not a report).
    only: { type: "string" },
  },
});
const size = Number(values.size);
// Enough samples for stable medians and p95 per query class (10+ queries each) in bounded time.
const reps = Number(values.reps ?? (size > 20_000 ? 10 : 20));
if (!Number.isInteger(size) || size < 100 || !Number.isInteger(reps) || reps < 1) {
  console.error("Usage: npm run bench -- [--size 10000] [--reps 20]");
  process.exit(2);
}
const SEED = 6;
if (values.only === "planner") await runPlannerOnly();
const SCENARIOS = ["search", "matching", "load", "clientjs", "lag", "reindex", "import"] as const;
const only = values.only ? new Set(values.only.split(",").map((s) => s.trim())) : null;
const unknown = [...(only ?? [])].filter((s) => !(SCENARIOS as readonly string[]).includes(s));
if (unknown.length > 0) {
  console.error(
    `Unknown scenario(s) for --only: ${unknown.join(", ")} (known: planner, ${SCENARIOS})`,
  );
  process.exit(2);
}
const wanted = (s: (typeof SCENARIOS)[number]) => !only || only.has(s);
const runStarted = performance.now();
const log = (line: string) => {
  const t = ((performance.now() - runStarted) / 1000).toFixed(0).padStart(4);
  console.log(`[${t} s] ${line}`);
};

const dataDir = path.resolve("bench/.data", String(size));
await refuseIfRunning(dataDir);
await fs.rm(dataDir, { recursive: true, force: true });

const variant = values["meili-max-indexing-memory"]
  ? `MEILI_MAX_INDEXING_MEMORY=${values["meili-max-indexing-memory"]}`
  : null;
const build = await ensureProductionBuild(log);
log(`Starting the app on ${dataDir}${variant ? ` with ${variant}` : ""}…`);
const machineLoad = startLoadSampler();
const app = await startApp({
  dataDir,
  port: await freePort(),
  env: variant ? { MEILI_MAX_INDEXING_MEMORY: values["meili-max-indexing-memory"]! } : {},
});
const memory = startMemorySampler({
  app: app.pid,
  postgres: app.postgresPid,
  meili: app.meiliPid,
});
const db = createDatabase(app.databaseUrl, { max: 4 });
const sql = db.sql;
let failed = false;
try {
  const machine = await describeMachine(sql, app.meiliUrl, app.meiliKey);
  log(
    `App ready at ${app.url} (PostgreSQL ${machine.postgres}, Meilisearch ${machine.meilisearch})`,
  );

  const { truth, generation } = await loadNetwork(sql, size, SEED);
  log(
    `${size} profiles in ${generation.seconds.toFixed(1)} s; all indexed after ${generation.indexedAfterSeconds.toFixed(1)} s`,
  );

  if (only) {
    // The partial run: only what was asked, JSON to compare two branches side by side.
    const partial: Record<string, unknown> = { size, only: [...only] };
    if (wanted("search")) {
      await setupPgAlternative(sql);
      partial.search = await searchScenario(truth);
    }
    if (wanted("matching")) partial.matching = await matchingScenario();
    if (wanted("load")) partial.loads = await loadScenarios();
    if (wanted("clientjs")) partial.clientJs = await measureClientJs(app.url, "/experts");
    if (wanted("lag")) partial.indexLag = await lagScenario(truth);
    if (wanted("reindex")) partial.reindex = await reindexScenario();
    if (wanted("import")) partial.import = await importScenario();
    partial.machine = { load: machineLoad.stop() };
    partial.memory = memory.stop();
    await writePartial(partial);
  } else {
    log("Building the PostgreSQL alternative (view, tsvector, GIN and trigram indexes)…");
    const pgBuildMs = await setupPgAlternative(sql);
    const [counts] = await sql<{ rows: number; words: number }[]>`
      select (select count(*) from bench_people)::int as rows,
             (select count(*) from bench_words)::int as words`;
    const search = await searchScenario(truth);
    const matching = await matchingScenario();
    const loads = await loadScenarios();
    const clientJs = await measureClientJs(app.url, "/experts");
    const indexLag = await lagScenario(truth);
    const reindex = await reindexScenario();
    const imported = await importScenario();
    const results: BenchResults = {
      size,
      seed: SEED,
      variant,
      machine: { ...machine, load: machineLoad.stop() },
      build,
      runSeconds: (performance.now() - runStarted) / 1000,
      generation,
      pgAlternative: { buildSeconds: pgBuildMs / 1000, rows: counts!.rows, words: counts!.words },
      search,
      matching,
      indexLag,
      reindex,
      import: imported,
      planner: await runPlanner({ seed: SEED, log }),
      loads,
      clientJs,
      memory: memory.stop(),
    };
    await writeResults(results);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await sql.end({ timeout: 5 });
  log("Stopping the app and its engines…");
  await app.stop();
}
process.exit(failed ? 1 : 0);

async function searchScenario(truth: Awaited<ReturnType<typeof loadNetwork>>["truth"]) {
  log(`Directory search: app vs Meilisearch vs PostgreSQL (${reps} rounds)…`);
  return runSearchScenario({
    appUrl: app.url,
    meiliUrl: app.meiliUrl,
    meiliKey: app.meiliKey,
    sql,
    truth,
    repetitions: reps,
    warmup: 3,
    budgetSeconds: Number(values["search-seconds"] ?? (size > 20_000 ? 900 : 240)),
    log,
  });
}

async function matchingScenario() {
  log("Describe-your-need matching…");
  const matching = await runMatching({ appUrl: app.url, dataDir, sql, repetitions: 10, log });
  if (!matching.available) log(`  matching: ${matching.reason}`);
  return matching;
}

async function loadScenarios() {
  const loadSeconds = Number(values["load-seconds"]);
  log(`Load: autocannon, ${loadSeconds} s each: the JSON API, /experts, profile pages…`);
  const profiles = await sql<{ slug: string }[]>`
    select slug from people
    where kind <> 'student' and visibility = 'public' and verification = 'verified'
    order by id limit 200`;
  return [
    await runLoad({
      target: "api",
      appUrl: app.url,
      paths: QUERIES.map((q) => toApiPath(q)),
      connections: 10,
      durationSeconds: loadSeconds,
    }),
    await runLoad({
      target: "experts",
      appUrl: app.url,
      paths: ["/experts"],
      connections: 50,
      durationSeconds: loadSeconds,
    }),
    await runLoad({
      target: "profile",
      appUrl: app.url,
      paths: profiles.map((p) => `/people/${p.slug}`),
      connections: 50,
      durationSeconds: loadSeconds,
    }),
  ];
}

async function lagScenario(truth: Awaited<ReturnType<typeof loadNetwork>>["truth"]) {
  const lagSeconds = Number(values["lag-seconds"]);
  log(`Index lag: 20 writes/s for ${lagSeconds} s…`);
  return runIndexLag({
    db,
    meiliUrl: app.meiliUrl,
    meiliKey: app.meiliKey,
    people: truth.listedSample(20 * lagSeconds),
    ratePerSecond: 20,
    durationSeconds: lagSeconds,
    log,
  });
}

async function reindexScenario() {
  log("Full reindex…");
  const engine = createSearchEngine({ url: app.meiliUrl, apiKey: app.meiliKey, prefix: "" });
  return runReindex({ db, search: engine, log });
}

async function importScenario() {
  log(`Import of ${size} profiles (npm run import)…`);
  const imported = await runImport({ dataDir, count: size, log });
  if (!imported.available) log(`  import: ${imported.reason}`);
  return imported;
}

async function writePartial(partial: Record<string, unknown>) {
  const file = path.resolve("bench/results", `partial-${size}.json`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(partial, null, 2)}\n`);
  log(`Written: ${path.relative(process.cwd(), file)} (partial run: no report, README untouched)`);
}

async function writeResults(results: BenchResults) {
  const dir = path.resolve("bench/results");
  await fs.mkdir(dir, { recursive: true });
  const markdown = renderMarkdown(results);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // A variant is not the shipped configuration: it never replaces latest or the size's report.
  const names = results.variant
    ? [`${results.size}-${results.variant.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`]
    : ["latest", String(results.size)];
  for (const name of names) {
    await fs.writeFile(path.join(dir, `${name}.json`), json);
    await fs.writeFile(path.join(dir, `${name}.md`), markdown);
  }
  console.log(`\n${markdown}`);
  log(`Written: ${names.map((n) => `bench/results/${n}.{md,json}`).join(", ")}`);
  if (!results.variant && updateReadmeTable()) log("README.md: benchmark table updated");
}

async function runPlannerOnly(): Promise<never> {
  const started = performance.now();
  console.log("Meeting planner: greedy vs greedy + MILP…");
  const report = await runPlanner({ seed: SEED, log: console.log });
  const dir = path.resolve("bench/results");
  await fs.mkdir(dir, { recursive: true });
  const markdown = [
    `# Passerelle benchmark — meeting planner`,
    "",
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
    "",
    ...plannerSection(report),
  ].join("\n");
  await fs.writeFile(path.join(dir, "planner.json"), `${JSON.stringify(report, null, 2)}\n`);
  await fs.writeFile(path.join(dir, "planner.md"), markdown);
  console.log(`\n${markdown}\nWritten: bench/results/planner.{md,json}`);
  process.exit(0);
}

/** Two runs on one DATA_DIR would fight over its engines. */
async function refuseIfRunning(dir: string) {
  const manifest = path.join(dir, "services.json");
  if (!existsSync(manifest)) return;
  const { ownerPid } = JSON.parse(readFileSync(manifest, "utf8")) as { ownerPid: number };
  try {
    process.kill(ownerPid, 0);
  } catch {
    return;
  }
  console.error(`${dir} is in use by process ${ownerPid} (another bench run?)`);
  process.exit(2);
}

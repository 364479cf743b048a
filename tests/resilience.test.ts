import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type AppProcess, startApp } from "../bench/app-process";
import { createDatabase } from "../db/client";
import { freePort } from "../server/free-port";
import { ensureProductionBuild } from "./http/production-build";
import { rawRequest } from "./http/raw-request";
import { rowCounts } from "./http/row-counts";

/**
 * The app as `npm start` runs it, on throwaway engines under its own DATA_DIR, while its engines
 * are killed and frozen (issue #14, item 8). Timings are printed for the record.
 */
const PEOPLE = 500;
/** startApp already turns rate limits off; the nightly backup must not run mid-test. */
const ENV = { BACKUP_KEEP_DAYS: "0" };

let dataDir: string;
let port: number;
let app: AppProcess;
let sql: postgres.Sql;

beforeAll(async () => {
  await ensureProductionBuild();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-resilience-"));
  chmodSync(dataDir, 0o755);
  port = await freePort();
  app = await startApp({ dataDir, port, env: ENV });
  sql = postgres(app.databaseUrl, { max: 2, onnotice: () => {}, connect_timeout: 5 });
}, 240_000);

afterAll(async () => {
  await sql?.end({ timeout: 1 }).catch(() => {});
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const url = (p: string) => `http://127.0.0.1:${port}${p}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const since = (start: number) => Math.round(performance.now() - start);

async function health() {
  try {
    const response = await fetch(url("/healthz"), { signal: AbortSignal.timeout(3000) });
    return (await response.json()) as { status: string; db: string; search: string };
  } catch {
    return { status: "unreachable", db: "?", search: "?" };
  }
}

/** Milliseconds until `check` holds, polling; fails after `limitMs`. */
async function waitFor(what: string, check: () => Promise<boolean>, limitMs: number) {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if (await check().catch(() => false)) return since(start);
    await sleep(200);
  }
  throw new Error(`${what}: not within ${limitMs} ms`);
}

function run(script: string, args: string[]) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        MEILI_URL: "",
        MEILI_MASTER_KEY: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${script}: ${output}`)),
    );
  });
}

/** The postmaster and its backends: freezing only the postmaster would leave sessions working. */
function postgresProcesses(postmaster: number) {
  const pids = [postmaster];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === postmaster) pids.push(Number(entry));
  }
  return pids;
}
function safeRead(file: string) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ") X 0";
  }
}

function importFile() {
  const lines = Array.from({ length: PEOPLE }, (_, i) => {
    const tag = `Quorvex${String(i).padStart(3, "0")}`;
    return JSON.stringify({
      externalId: `res-${i}`,
      kind: i % 3 === 0 ? "researcher" : "expert",
      name: `Nadia ${tag}`,
      email: `res-${i}@example.org`,
      headline: "Vision par ordinateur et données de santé",
      country: i % 2 ? "MA" : "BE",
      city: i % 2 ? "Rabat" : "Bruxelles",
      languages: ["fr", "en"],
      skills: ["machine learning", { name: "vision artificielle", level: 4 }],
      sectors: ["health"],
      offers: ["mentoring"],
    });
  });
  const file = path.join(dataDir, "people.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

async function searchIds(q: string) {
  const response = await fetch(url(`/api/v1/search?q=${encodeURIComponent(q)}`));
  const body = (await response.json()) as {
    hits: { id: string }[];
    total: number;
    fallback?: boolean;
  };
  return { ids: body.hits.map((h) => h.id).sort(), total: body.total, fallback: body.fallback };
}

describe("engines that heal themselves", () => {
  test("Meilisearch killed during a 500-person import: back within 30 s, everyone searchable", async () => {
    const importing = run("scripts/import.ts", [importFile()]);
    // The import writes in one transaction: its rows show only at commit, its lock on the
    // table while it writes.
    await waitFor(
      "import under way",
      async () => {
        const [row] = await sql`
          select (select count(*) from people)::int
            + (select count(*) from pg_locks l join pg_class c on c.oid = l.relation
               where c.relname = 'people' and l.mode = 'RowExclusiveLock')::int as n`;
        return row!.n > 0;
      },
      30_000,
    );
    const killedAt = performance.now();
    process.kill(app.meiliPid()!, "SIGKILL");
    await importing;
    const backMs = await waitFor(
      "search healthy",
      async () => (await health()).search === "ok",
      30_000,
    );
    console.log(
      `resilience: Meilisearch SIGKILLed mid-import, healthy again after ${since(killedAt)} ms (${backMs} ms of polling)`,
    );
    await waitFor(
      "outbox drained",
      async () => {
        const [row] =
          await sql`select count(*)::int as n from search_outbox where processed_at is null`;
        return row!.n === 0;
      },
      60_000,
    );
    const { total } = await searchIds("Quorvex");
    expect(total).toBe(PEOPLE);
    for (const i of [0, 123, 250, 499]) {
      const found = await searchIds(`Quorvex${String(i).padStart(3, "0")}`);
      expect(found.total, `person ${i}`).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);

  test("Meilisearch frozen: the directory answers from PostgreSQL, with a notice", async () => {
    const meili = app.meiliPid()!;
    process.kill(meili, "SIGSTOP");
    try {
      const frozenAt = performance.now();
      await waitFor("search seen down", async () => (await health()).search !== "ok", 15_000);
      console.log(`resilience: Meilisearch frozen, /healthz degraded after ${since(frozenAt)} ms`);
      const started = performance.now();
      // Whole words: PostgreSQL's full-text search has no prefix search, unlike Meilisearch.
      const result = await searchIds("Nadia");
      console.log(
        `resilience: search while Meilisearch is frozen answered in ${since(started)} ms from PostgreSQL`,
      );
      expect(result.fallback).toBe(true);
      expect(result.total).toBe(PEOPLE);
      const page = await rawRequest(url(""), { path: "/experts?q=vision" });
      expect(page.status).toBe(200);
      expect(page.body).toContain("mode réduit");
    } finally {
      process.kill(meili, "SIGCONT");
    }
    await waitFor("search back", async () => (await health()).search === "ok", 15_000);
    expect((await searchIds("Quorvex")).fallback).toBeUndefined();
  }, 60_000);

  test("PostgreSQL killed: restarted and healthy within 30 s, no committed write lost", async () => {
    const committed: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const key = `resilience:${i}`;
        try {
          await sql`insert into rate_limits (key, window_start, count) values (${key}, now(), 1)`;
          committed.push(key);
        } catch {
          await sleep(50); // the server is down: this write was not acknowledged
        }
      }
    })();
    await sleep(300);
    const killedAt = performance.now();
    process.kill(app.postgresPid()!, "SIGKILL");
    await sleep(500);
    const during = await rawRequest(url(""), { path: "/people/nadia-quorvex001" });
    const healthyMs = await waitFor(
      "database healthy",
      async () => (await health()).db === "ok",
      30_000,
    );
    console.log(
      `resilience: PostgreSQL SIGKILLed, healthy again after ${since(killedAt)} ms; a page meanwhile: ${during.status}`,
    );
    await sleep(500);
    stop = true;
    await writer;
    expect(healthyMs).toBeLessThan(30_000);
    expect([200, 503]).toContain(during.status);
    const [row] =
      await sql`select count(*)::int as n from rate_limits where key = any(${committed})`;
    expect(committed.length).toBeGreaterThan(0);
    expect(row!.n).toBe(committed.length);
    expect((await rawRequest(url(""), { path: "/people/nadia-quorvex001" })).status).toBe(200);
  }, 60_000);

  test("PostgreSQL frozen 10 s: pages answer 503 within 5 s, and work again after", async () => {
    const pids = postgresProcesses(app.postgresPid()!);
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    const frozenAt = performance.now();
    let answer: Awaited<ReturnType<typeof rawRequest>>;
    try {
      await sleep(500);
      answer = await rawRequest(url(""), { path: "/people/nadia-quorvex002" });
      const latency = since(frozenAt);
      console.log(
        `resilience: PostgreSQL frozen, a database page answered ${answer.status} after ${latency} ms (request took ${Math.round(answer.ms)} ms)`,
      );
      const later = await rawRequest(url(""), { path: "/people/nadia-quorvex003" });
      console.log(
        `resilience: a second page while frozen: ${later.status} in ${Math.round(later.ms)} ms`,
      );
      expect(answer.status).toBe(503);
      expect(latency).toBeLessThan(5_000);
      expect(answer.body).toContain("Service momentanément indisponible");
      expect(later.status).toBe(503);
      await sleep(Math.max(0, 10_000 - since(frozenAt)));
    } finally {
      for (const pid of pids) process.kill(pid, "SIGCONT");
    }
    const recoveredMs = await waitFor(
      "pages again",
      async () => (await rawRequest(url(""), { path: "/people/nadia-quorvex002" })).status === 200,
      15_000,
    );
    console.log(`resilience: pages answer 200 again ${recoveredMs} ms after SIGCONT`);
  }, 60_000);
});

test("backup → wipe → restore: same row counts and search results", async () => {
  const db = createDatabase(app.databaseUrl, { max: 1 });
  const before = await rowCounts(db);
  await db.sql.end();
  const queries = ["Quorvex", "vision", "Nadia Quorvex042"];
  const results = await Promise.all(queries.map(searchIds));
  const file = path.join(dataDir, "before-wipe.backup.gz");
  console.log(`resilience: ${(await run("scripts/backup.ts", [file])).trim()}`);

  // The wipe: stop the app (a clean stop leaves no manifest or pid file), lose both engines' data.
  await app.stop();
  expect(existsSync(path.join(dataDir, "services.json"))).toBe(false);
  expect(existsSync(path.join(dataDir, "meili", "meilisearch.pid"))).toBe(false);
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
  rmSync(path.join(dataDir, "postgres"), { recursive: true, force: true });
  rmSync(path.join(dataDir, "meili"), { recursive: true, force: true });
  app = await startApp({ dataDir, port, env: ENV });
  await sql.end({ timeout: 1 });
  sql = postgres(app.databaseUrl, { max: 2, onnotice: () => {} });
  expect((await searchIds("Quorvex")).total).toBe(0);

  console.log(
    `resilience: ${(await run("scripts/restore.ts", [file])).trim().split("\n").join(" / ")}`,
  );
  const restored = createDatabase(app.databaseUrl, { max: 1 });
  expect(await rowCounts(restored)).toEqual(before);
  await restored.sql.end();
  expect(await Promise.all(queries.map(searchIds))).toEqual(results);
}, 180_000);

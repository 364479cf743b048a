import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { request } from "./http";

export type AppProcess = {
  pid: number;
  url: string;
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** PostgreSQL's postmaster and Meilisearch, started by the app under its DATA_DIR. */
  postgresPid: () => number | null;
  meiliPid: () => number | null;
  stop: () => Promise<void>;
};

/** The production build is what users run: rebuild when a source file is newer than it. */
export async function ensureProductionBuild(log: (line: string) => void): Promise<string> {
  const built = "build/server/index.js";
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const newest = await newestSource(["app", "search", "db/schema", "scripts/seed", "server"]);
  if (builtAt > newest) return "production build up to date";
  log(builtAt === 0 ? "Building the app…" : "Sources changed since the last build: rebuilding…");
  const child = spawn("npx", ["remix", "vite:build"], { stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code === 0) return "production build made for this run";
  if (!existsSync(built)) throw new Error("npx remix vite:build failed and there is no build/");
  log("warning: the build failed (a file being edited?); using the previous build");
  return "rebuild failed: ran the previous production build";
}

async function newestSource(dirs: string[]): Promise<number> {
  let newest = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      newest = Math.max(newest, statSync(file).mtimeMs);
    }
  }
  return newest;
}

/**
 * Starts the real server (server/index.ts, production mode) on its own DATA_DIR and port; it
 * starts its own embedded PostgreSQL and Meilisearch and writes services.json, which the bench
 * reads to attach to the same engines.
 */
export async function startApp(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  await fs.mkdir(options.dataDir, { recursive: true });
  const logFile = createWriteStream(path.join(options.dataDir, "app.log"));
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATA_DIR: options.dataDir,
      SEED_DEMO: "false",
      DATABASE_URL: "",
      MEILI_URL: "",
      MEILI_MASTER_KEY: "",
      MEILI_INDEX_PREFIX: "",
      // The load scenarios come from one address far above any visitor's rate (README, "Limits").
      RATE_LIMIT_API_PER_MINUTE: "0",
      RATE_LIMIT_TOKEN_PER_MINUTE: "0",
      RATE_LIMIT_PAGES_PER_MINUTE: "0",
      ...options.env,
    },
  });
  child.stdout?.pipe(logFile);
  child.stderr?.pipe(logFile);
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHealth(url, child);
  const manifest = JSON.parse(
    readFileSync(path.join(options.dataDir, "services.json"), "utf8"),
  ) as { databaseUrl: string; meiliUrl: string };
  const meiliKey = readFileSync(path.join(options.dataDir, "meili", "master-key"), "utf8").trim();
  const pidFrom = (file: string) => () => {
    try {
      const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0]!, 10);
      return Number.isInteger(pid) ? pid : null;
    } catch {
      return null;
    }
  };
  return {
    pid: child.pid!,
    url,
    databaseUrl: manifest.databaseUrl,
    meiliUrl: manifest.meiliUrl,
    meiliKey,
    postgresPid: pidFrom(path.join(options.dataDir, "postgres", "postmaster.pid")),
    meiliPid: pidFrom(path.join(options.dataDir, "meili", "meilisearch.pid")),
    stop: () => stopChild(child),
  };
}

async function waitForHealth(url: string, child: ChildProcess) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (code ${child.exitCode})`);
    try {
      if ((await request(`${url}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`the app did not become healthy on ${url}`);
}

/** SIGTERM lets the app stop its worker and both engines; SIGKILL after 30 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

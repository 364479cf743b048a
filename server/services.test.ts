import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parseConfig } from "./config";
import { freePort } from "./free-port";
import { provideServices } from "./services";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-services-"));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

function enginePids(dataDir: string) {
  const pg = Number(
    readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0],
  );
  const meili = Number(readFileSync(path.join(dataDir, "meili", "meilisearch.pid"), "utf8"));
  return { pg, meili };
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");

function start(command: string[], env: Record<string, string>, readyText: string) {
  // node itself (not npx): the signals in these tests must reach the app process.
  const child = spawn(process.execPath, ["--import", "tsx", ...command], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      MEILI_URL: "",
      MEILI_MASTER_KEY: "",
      MEILI_INDEX_PREFIX: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      if (output.includes(readyText)) resolve();
    });
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, ready, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

describe("embedded engines", () => {
  test("a crashed owner's engines are recovered on the next start, not a hang", async () => {
    const dataDir = tempDataDir();
    const holder = start(
      ["tests/fixtures/hold-services.ts"],
      { DATA_DIR: dataDir },
      '"ready":true',
    );
    await holder.ready;
    const before = enginePids(dataDir);
    holder.child.kill("SIGKILL"); // the parent dies; its engines keep running, orphaned
    await exited(holder.child);
    expect(alive(before.pg)).toBe(true);
    expect(alive(before.meili)).toBe(true);

    const services = await provideServices(parseConfig({ DATA_DIR: dataDir }));
    const after = enginePids(dataDir);
    try {
      expect(alive(before.pg)).toBe(false);
      expect(alive(before.meili)).toBe(false);
      const response = await fetch(`${services.meiliUrl}/health`);
      expect(response.ok).toBe(true);
    } finally {
      await services.stop();
    }
    expect(alive(after.pg)).toBe(false);
    expect(alive(after.meili)).toBe(false);
  }, 90_000);

  test("two app instances run side by side, and SIGTERM stops each with its engines", async () => {
    const instances = await Promise.all(
      [tempDataDir(), tempDataDir()].map(async (dataDir) => {
        const port = await freePort();
        const app = start(
          ["server/index.ts"],
          { DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: "false", NODE_ENV: "development" },
          "ready on",
        );
        await app.ready;
        return { dataDir, port, app };
      }),
    );
    for (const { port } of instances) {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", db: "ok", search: "ok" });
    }
    for (const { dataDir, app } of instances) {
      const pids = enginePids(dataDir);
      app.child.kill("SIGTERM");
      expect(await exited(app.child)).toBe(0);
      expect(alive(pids.pg)).toBe(false);
      expect(alive(pids.meili)).toBe(false);
      expect(existsSync(path.join(dataDir, "services.json"))).toBe(false);
    }
    // Two dev servers' first Vite builds: 55 s alone here, more beside the resilience test.
  }, 240_000);

  test("a bad configuration value stops start-up with one line naming it", async () => {
    const app = start(["server/index.ts"], { PORT: "eighty", DATA_DIR: tempDataDir() }, "never");
    app.ready.catch(() => {});
    expect(await exited(app.child)).toBe(1);
    const lines = app.output().trim().split("\n");
    expect(lines).toEqual([expect.stringMatching(/^Invalid configuration: PORT .*"eighty"/)]);
  });
});

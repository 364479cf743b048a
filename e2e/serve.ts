import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Builds the app if needed and serves it in production mode on a throwaway DATA_DIR (the one
// playwright.config.ts names, so specs can read the e-mails written under it).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "passerelle-e2e-"));
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755);

if (!existsSync("build/server/index.js") || process.env.E2E_REBUILD !== "false") {
  const build = spawn("npx", ["remix", "vite:build"], { stdio: "inherit" });
  const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) process.exit(code);
}

const server = spawn("npx", ["tsx", "server/index.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: process.env.E2E_PORT ?? "3107",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    MEILI_URL: "",
    MEILI_MASTER_KEY: "",
    SEED_DEMO: "true",
    // Notice e-mails go out a second after a burst, not two minutes: tests read them.
    NOTICE_EMAIL_QUIET_SECONDS: "1",
  },
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

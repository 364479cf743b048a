import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3107);
export const BASE_URL = `http://localhost:${PORT}`;
// The server's throwaway DATA_DIR, known to the specs too: they read the e-mails it writes there.
process.env.E2E_DATA_DIR ??= path.join(os.tmpdir(), `passerelle-e2e-${PORT}`);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Whole user journeys on 2 shared cores: generous per test, while each step keeps its own wait.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    // Most of the network browses in French, the default language.
    locale: "fr-BE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // Its own DATA_DIR, PostgreSQL and Meilisearch, seeded with the demo network: never the dev data.
    command: "tsx e2e/serve.ts",
    url: `${BASE_URL}/healthz`,
    // Warnings and errors only: one JSON line per request would bury the test report.
    env: {
      E2E_PORT: String(PORT),
      E2E_DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});

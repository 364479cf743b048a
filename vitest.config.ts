import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["{app,db,search,server,scripts,bench,tests}/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/throwaway-data-dir.ts", "tests/setup/fail-on-console-error.ts"],
    pool: "forks",
    // Two cores: more workers only queue behind the database and Meilisearch.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

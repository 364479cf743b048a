import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

const LOCK = path.resolve("build/.building");

/**
 * The production build, rebuilt when a source file is newer (tests that serve the real app over
 * HTTP run what `npm start` runs). Test files may ask at the same time: one builds, the others
 * wait for its lock.
 */
export async function ensureProductionBuild(): Promise<string> {
  const serverEntry = path.resolve("build/server/index.js");
  for (;;) {
    if (!(await isStale(serverEntry))) return serverEntry;
    mkdirSync(path.dirname(LOCK), { recursive: true });
    try {
      mkdirSync(LOCK);
    } catch {
      // Someone else is building (or crashed while building: the lock expires after 3 min).
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 180_000) rmLock();
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      const result = spawnSync("npx", ["remix", "vite:build"], {
        encoding: "utf8",
        // Vitest sets NODE_ENV=test; the build must be the production one `npm start` serves.
        env: { ...process.env, NODE_ENV: "production" },
      });
      if (result.status !== 0) throw new Error(`remix vite:build failed:\n${result.stderr}`);
    } finally {
      rmLock();
    }
  }
}

function rmLock() {
  rmSync(LOCK, { recursive: true, force: true });
}

async function isStale(entry: string) {
  if (!existsSync(entry)) return true;
  const builtAt = statSync(entry).mtimeMs;
  for (const dir of ["app", "search", "db/schema"]) {
    for (const item of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!item.isFile() || /\.test\.tsx?$/.test(item.name)) continue;
      if (statSync(path.join(item.parentPath, item.name)).mtimeMs > builtAt) return true;
    }
  }
  return false;
}

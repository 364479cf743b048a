import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file writes its files (convention PDFs from the seed, mail, backups) under its own
// DATA_DIR, removed when the file is done: never in the checkout's .data, where they would pile
// up beside the developer's own.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-test-data-"));
process.env.DATA_DIR = dataDir;
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

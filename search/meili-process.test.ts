import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { freePort } from "../server/free-port";
import { startMeilisearch } from "./meili-process";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("starts with a master key that begins with a dash (1 random key in 64 does)", async () => {
  dir = await mkdtemp(path.join(tmpdir(), "passerelle-meili-"));
  const key = "-Xk3v9QpL0aZ7mN2bC5dE8fG1hJ4kL6";
  await writeFile(path.join(dir, "master-key"), `${key}\n`);
  const meili = await startMeilisearch({ dataDir: dir, port: await freePort() });
  try {
    const res = await fetch(`${meili.url}/keys`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
  } finally {
    await meili.stop();
  }
});

import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../tests/setup/test-context";

let ctx: TestContext;
let dir: string;
beforeAll(async () => {
  ctx = await createTestContext();
  dir = await mkdtemp(path.join(tmpdir(), "passerelle-import-"));
});
afterAll(async () => {
  await ctx.cleanup();
});

/** Runs the CLI attached to this test's database and index prefix. */
function runImport(file: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
    env: {
      ...process.env,
      DATABASE_URL: ctx.databaseUrl,
      NODE_ENV: "test",
      CI: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => {
    output += String(c);
  });
  child.stderr.on("data", (c) => {
    output += String(c);
  });
  return new Promise<{ code: number; output: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code: code ?? -1, output })),
  );
}

describe("npm run import", () => {
  it("exits 0 when every line was imported", async () => {
    const file = path.join(dir, "good.jsonl");
    await writeFile(
      file,
      `${JSON.stringify({ externalId: "cli-1", kind: "expert", name: "Amal Chraibi", country: "MA" })}\n`,
    );
    const { code, output } = await runImport(file);
    expect(output).toContain("1 line: 1 created, 0 updated, 0 unchanged, 0 rejected.");
    expect(output).toContain("1 person searchable");
    expect(code).toBe(0);
  }, 60_000);

  it("exits 1 and lists the rejected lines when some were rejected", async () => {
    const file = path.join(dir, "mixed.jsonl");
    await writeFile(
      file,
      [
        JSON.stringify({
          externalId: "cli-1",
          kind: "expert",
          name: "Amal Chraibi",
          country: "MA",
        }),
        "{oops",
      ].join("\n"),
    );
    const { code, output } = await runImport(file);
    expect(output).toContain("2 lines: 0 created, 0 updated, 1 unchanged, 1 rejected.");
    expect(output).toContain("line 2: this is not valid JSON");
    expect(code).toBe(1);
  }, 60_000);

  it("exits 2 when the file cannot be read", async () => {
    const { code, output } = await runImport(path.join(dir, "missing.jsonl"));
    expect(output).toContain("Cannot read");
    expect(code).toBe(2);
  }, 60_000);
});

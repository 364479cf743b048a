import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

// `npm start` once pointed at a server.ts that did not exist: every script's entry file must.
test("every script runs a file that exists", () => {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
    scripts: Record<string, string>;
  };
  const entries = Object.entries(scripts).flatMap(([name, command]) =>
    [...command.matchAll(/\btsx\s+([\w./-]+\.ts)\b/g)].map((m) => ({ name, file: m[1]! })),
  );
  expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(["start", "dev", "seed"]));
  for (const { name, file } of entries) expect(existsSync(file), `${name}: ${file}`).toBe(true);
});

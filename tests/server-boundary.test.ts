import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// Remix refuses `.server` modules in client code; db/ and search/ are not `.server`, so code the
// browser may load reaches them only through app/.server (db.server.ts, search.server.ts).
// e2e/client-bundle.spec.ts checks the built assets; this names the offending import first.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*? from "([^"]+)";/gms)].map(
    (m) => m[1]!,
  );

const app = path.resolve("app");
const clientReachable = sourceFiles(app).filter((file) => {
  const rel = path.relative(app, file);
  return !rel.split(path.sep).includes(".server") && !/\.server\.tsx?$|\.test\.tsx?$/.test(rel);
});

test("code the browser may load imports db/ and search/ only through app/.server", () => {
  const offending = clientReachable.flatMap((file) =>
    importsOf(file)
      .filter((spec) => /^(\.\.\/)+(db|search)\//.test(spec))
      .map((spec) => `${path.relative(app, file)} imports ${spec}`),
  );
  expect(offending).toEqual([]);
});

test("the vocabularies are dependency-free, so the schema and the UI can both import them", () => {
  const files = sourceFiles(path.join(app, "vocabulary"));
  expect(files.length).toBeGreaterThan(0);
  expect(files.flatMap((file) => importsOf(file).map((spec) => `${file}: ${spec}`))).toEqual([]);
});

test("other modules use a workflow or the matching engine through its index.ts (test worlds aside)", () => {
  const workflows = ["pairings", "mentorship", "matching"];
  const roots = ["app", "db", "tests", "scripts", "bench"].map((dir) => path.resolve(dir));
  const offending = roots.flatMap(sourceFiles).flatMap((file) =>
    importsOf(file)
      .filter((spec) => {
        const target = workflows.find((w) =>
          new RegExp(`(^|/)\\.server/${w}/|^\\.\\./${w}/`).test(spec),
        );
        if (!target || spec.endsWith("/test-world")) return false;
        const inside = file.includes(`${path.sep}.server${path.sep}${target}${path.sep}`);
        return !inside;
      })
      .map((spec) => `${path.relative(process.cwd(), file)} imports ${spec}`),
  );
  expect(offending).toEqual([]);
});

test("db/ is the schema and its engine: it imports neither search/ nor the app's server code", () => {
  const offending = sourceFiles(path.resolve("db")).flatMap((file) =>
    importsOf(file)
      .filter((spec) => /(^|\/)(search|app\/\.server)\/|^~\/\.server\//.test(spec))
      .map((spec) => `${path.relative(process.cwd(), file)} imports ${spec}`),
  );
  expect(offending).toEqual([]);
});

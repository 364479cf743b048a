import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { BenchResults } from "./results";
import { checkTargets } from "./targets";

const START = "<!-- bench-table:start (written by npm run bench) -->";
const END = "<!-- bench-table:end -->";

/**
 * The README's benchmark table, rewritten from the committed results after each run: every target
 * with the 100,000-profile figure (where targets are defined) next to the 10,000 one.
 */
export function updateReadmeTable(readmePath = "README.md", resultsDir = "bench/results") {
  const load = (size: number) => {
    const file = `${resultsDir}/${size}.json`;
    if (!existsSync(file)) return null;
    const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
    // A run from before the current bench has rows this table cannot read.
    return results.loads && results.clientJs ? results : null;
  };
  const big = load(100_000);
  const small = load(10_000);
  const readme = readFileSync(readmePath, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start || (!big && !small)) return false;
  const rows = (big ?? small)!;
  const checksBig = big ? checkTargets(big) : [];
  const checksSmall = small ? checkTargets(small) : [];
  const cell = (v: string) => v.replaceAll("|", "\\|");
  const dated = (r: BenchResults | null) =>
    r ? `${r.machine.date.slice(0, 10)}, load ${r.machine.load.mean.toFixed(1)}` : "not run";
  const lines = [
    `| target | 100,000 profiles (${dated(big)}) | 10,000 (${dated(small)}) | verdict at 100k |`,
    "| --- | --- | --- | --- |",
    ...checkTargets(rows).map((c, i) => {
      const b = checksBig.find((x) => x.target === c.target) ?? (big ? checksBig[i] : undefined);
      const s = checksSmall.find((x) => x.target === c.target);
      return `| ${cell(c.target)} | ${b ? cell(b.measured) : "—"} | ${s ? cell(s.measured) : "—"} | ${b?.verdict ?? "—"} |`;
    }),
  ];
  writeFileSync(
    readmePath,
    `${readme.slice(0, start + START.length)}\n${lines.join("\n")}\n${readme.slice(end)}`,
  );
  return true;
}

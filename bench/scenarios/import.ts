import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import { SKILL_CONCEPTS } from "../../db/taxonomy";
import { type BenchProfile, generateProfiles } from "../generate-profiles";

export type ImportReport =
  | { available: false; reason: string }
  | {
      available: true;
      profiles: number;
      seconds: number;
      profilesPerSecond: number;
      /** From the start until the last imported profile was searchable, when the script says. */
      searchableAfterSeconds?: number;
      /** The script's whole run: start-up, import, indexing, statistics, shutdown. */
      wallSeconds?: number;
      exitCode: number;
      outputTail: string;
    };

const labels = new Map(SKILL_CONCEPTS.map((c) => [c.id, c.labels]));

/**
 * Throughput of `npm run import` (scripts/import.ts, being built in parallel): a JSONL file of
 * `count` new profiles in the documented line format, imported into the running app's database.
 * The wall time includes the script's start-up, as a coordinator would see it.
 */
export async function runImport(options: {
  dataDir: string;
  count: number;
  log: (line: string) => void;
}): Promise<ImportReport> {
  if (!existsSync("scripts/import.ts")) {
    return { available: false, reason: "not available yet (scripts/import.ts missing)" };
  }
  const file = path.join(options.dataDir, "import.jsonl");
  const out = createWriteStream(file);
  let i = 0;
  for (const p of generateProfiles(options.count, 7)) {
    if (!out.write(`${JSON.stringify(toImportLine(p, i++))}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  options.log(`  import: ${options.count} lines written to ${file}`);

  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], {
    env: { ...process.env, DATA_DIR: options.dataDir, CI: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + String(chunk)).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exitCode = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  const wallSeconds = (performance.now() - started) / 1000;
  if (exitCode === 2) {
    return { available: false, reason: `import failed (exit 2): ${output.trim().slice(-200)}` };
  }
  // The script times its import to the commit (its start-up excluded): "10,000 lines: … (6.0 s,
  // 1,667 lines/s)", then says when the imported people were searchable.
  const written = /\(([\d.]+) s, [\d,.]+ lines\/s\)/.exec(output);
  const searchable = /searchable after ([\d.]+) s/.exec(output);
  if (!written) {
    // Never fall back to the whole run silently: that hid a changed message once (start-up and
    // indexing counted as import time, a 3× "regression").
    return {
      available: false,
      reason: `the import's output does not state its time: ${output.trim().slice(-200)}`,
    };
  }
  const seconds = Number(written[1]);
  return {
    available: true,
    profiles: options.count,
    seconds,
    profilesPerSecond: options.count / seconds,
    searchableAfterSeconds: searchable ? Number(searchable[1]) : undefined,
    wallSeconds,
    exitCode,
    outputTail: output.trim().split("\n").slice(-3).join(" | "),
  };
}

/** One line of the import format (issue 4 / docs/import-format.md). */
function toImportLine({ person: p, ...rest }: BenchProfile, i: number) {
  return {
    externalId: `bench-import-${i}`,
    kind: p.kind,
    name: p.fullName,
    email: `import-${i}-${p.email}`,
    headline: p.headline,
    bio: p.bio,
    country: p.country,
    city: p.city,
    organization: rest.organizations[0],
    languages: rest.languages.map((l) => l.language),
    skills: rest.skills.map((s, k) =>
      s.skillId
        ? { name: labels.get(s.skillId)![k % 2 === 0 ? "fr" : "en"], level: s.level }
        : { name: s.freeLabel!, level: s.level },
    ),
    sectors: rest.sectors,
    offers: [...new Set(rest.offers.filter((o) => o.direction === "offer").map((o) => o.kind))],
    publications: rest.publications.map((pub) => ({
      title: pub.title,
      abstract: pub.abstract,
      year: pub.year,
      doi: `10.5555/bench-import.${pub.id}`,
    })),
  };
}

import os from "node:os";
import { asc, eq } from "drizzle-orm";
import { matchExperts, suggestMentors } from "~/.server/matching";
import type { Database } from "../../db/client";
import { people } from "../../db/schema";
import type { SearchEngine } from "../../search/client";
import { percentile } from "./metrics";
import type { Latency } from "./report";
import type { EvalQuery } from "./topic-types";

const ROUNDS = 5;

/**
 * End-to-end time of matchExperts (analysis, Meilisearch, PostgreSQL, re-ranking) and of
 * suggestMentors for 30 students, warm.
 */
export async function measureLatency(
  db: Database,
  search: SearchEngine,
  queries: readonly EvalQuery[],
  profiles: number,
  label: string,
): Promise<Latency[]> {
  for (const q of queries) await matchExperts(db, search, { text: q.text, limit: 20 });
  const timings: Record<EvalQuery["length"], number[]> = { short: [], long: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const started = performance.now();
      await matchExperts(db, search, { text: q.text, limit: 20 });
      timings[q.length].push(performance.now() - started);
    }
  }
  const students = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.kind, "student"))
    .orderBy(asc(people.id))
    .limit(30);
  const mentors: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const { id } of students) {
      const started = performance.now();
      await suggestMentors(db, { personId: id, limit: 10 });
      if (round > 0) mentors.push(performance.now() - started);
    }
  }
  const row = (name: string, sample: number[]): Latency => ({
    label: `${label}, ${name}`,
    profiles,
    samples: sample.length,
    p50: percentile(sample, 50),
    p95: percentile(sample, 95),
    load: os.loadavg()[0] ?? 0,
    cores: os.cpus().length,
  });
  return [
    row("short texts", timings.short),
    row("long texts", timings.long),
    row("mentor suggestions", mentors),
  ];
}

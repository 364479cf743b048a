import { matchExperts } from "~/.server/matching";
import type { Database } from "../../db/client";
import type { SearchEngine } from "../../search/client";
import { percentile } from "./metrics";
import type { Latency } from "./report";
import type { EvalQuery } from "./topic-types";

const ROUNDS = 5;

/** End-to-end time of matchExperts (analysis, Meilisearch, PostgreSQL, re-ranking), warm. */
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
  return (["short", "long"] as const).map((length) => ({
    label: `${label}, ${length} texts`,
    profiles,
    samples: timings[length].length,
    p50: percentile(timings[length], 50),
    p95: percentile(timings[length], 95),
  }));
}

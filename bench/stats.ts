/** Latency summaries and retrieval quality: the pure arithmetic of the benchmark. */

export type Summary = { n: number; median: number; p95: number; p99: number; mean: number };

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const mean =
    samples.length === 0 ? Number.NaN : samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean,
  };
}

/**
 * Share of the intended results among the first k returned, against what is reachable: with 3
 * true answers, finding all 3 in the top 20 is 1.0. Returns NaN when nothing is intended.
 */
export function recallAtK(returned: readonly string[], truth: ReadonlySet<string>, k = 20) {
  const reachable = Math.min(k, truth.size);
  if (reachable === 0) return Number.NaN;
  const found = returned.slice(0, k).filter((id) => truth.has(id)).length;
  return found / reachable;
}

export function mean(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? Number.NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
}

/** Milliseconds elapsed since a process.hrtime.bigint() mark. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

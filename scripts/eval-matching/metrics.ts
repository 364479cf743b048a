/** Share of the first k results that are relevant (grade ≥ 1); missing results count as misses. */
export function precisionAt(
  k: number,
  ranked: readonly string[],
  grades: ReadonlyMap<string, number>,
) {
  const hits = ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length;
  return hits / k;
}

/** Normalized discounted cumulative gain with graded gains 2^g − 1 (Järvelin & Kekäläinen). */
export function ndcgAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>) {
  const dcg = (gains: number[]) =>
    gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Nearest-rank percentile of a sample. */
export function percentile(values: readonly number[], p: number) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

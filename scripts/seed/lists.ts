import type { Random } from "./random";

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** n distinct items, each draw weighted among those left. */
export function weightedSample<T>(
  rng: Random,
  items: readonly (readonly [T, number])[],
  n: number,
): T[] {
  const left = [...items];
  const out: T[] = [];
  while (out.length < n && left.length > 0) {
    const item = rng.pickWeighted(left);
    out.push(item);
    left.splice(
      left.findIndex(([x]) => x === item),
      1,
    );
  }
  return out;
}

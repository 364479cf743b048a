import { mean } from "./metrics";

/** How one method did for one author's held-out need. */
export type AuthorOutcome = { rank: number | null };

export type MethodFigures = { n: number; recall10: number; mrr: number };

/** Author recall@10 and mean reciprocal rank (an author not returned counts 0). */
export function rankFigures(outcomes: readonly AuthorOutcome[]): MethodFigures {
  return {
    n: outcomes.length,
    recall10: mean(outcomes.map((o) => (o.rank !== null && o.rank <= 10 ? 1 : 0))),
    mrr: mean(outcomes.map((o) => (o.rank !== null ? 1 / o.rank : 0))),
  };
}

/**
 * Where `person` ranks in `scores`, ignoring `ignore` (the other authors of the same paper: they
 * are right answers too, so they neither help nor hurt). Null when the person has no score.
 * Ties share the best rank.
 */
export function rankOf(
  scores: ReadonlyMap<string, number>,
  person: string,
  ignore: ReadonlySet<string> = new Set(),
): number | null {
  const mine = scores.get(person) ?? 0;
  if (mine <= 0) return null;
  let above = 0;
  for (const [other, score] of scores) {
    if (other !== person && !ignore.has(other) && score > mine) above += 1;
  }
  return above + 1;
}

/**
 * Where `person` is in a ranked list (the engine's order: its scores are rounded and saturate at
 * 100, so two people may show the same score while the order between them is decided by the
 * unrounded evidence), ignoring `ignore`. Null when absent.
 */
export function positionOf(
  ranked: readonly string[],
  person: string,
  ignore: ReadonlySet<string> = new Set(),
): number | null {
  const kept = ranked.filter((id) => !ignore.has(id));
  const at = kept.indexOf(person);
  return at === -1 ? null : at + 1;
}

/**
 * Calibration of one author's scores: the share of pairs (own held-out paper, another author's
 * held-out paper) in which the author scores higher for their own; ties count half. 1 means the
 * author's score orders texts by fit whatever the text; 0.5 is chance.
 */
export function calibration(own: number, others: readonly number[]): number {
  if (others.length === 0) return 0.5;
  let wins = 0;
  for (const other of others) wins += own > other ? 1 : own === other ? 0.5 : 0;
  return wins / others.length;
}

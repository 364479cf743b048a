/**
 * The 0–100 scale of "describe your need" scores (docs/decisions/014-research-matching.md).
 * A person's evidence for a need (skills, papers, profile words, each in its own fixed unit) is
 * summed and saturated: score = 100 × (1 − e^−units). Nothing depends on the other candidates or
 * on what the best candidate reached, so the same score means the same for every need:
 *
 * - ≥ 70 "strong": has published on this topic (papers sharing its rare words and phrases), or
 *   declares its specific concepts at a high level;
 * - 40–69 "related": neighbouring expertise, or papers sharing part of the topic;
 * - < 40 "weak": a few words or a generic skill in common.
 */
export const SCORE_BANDS = { strong: 70, related: 40 } as const;
export type ScoreBand = "strong" | "related" | "weak";

export function scoreFromEvidence(units: number): number {
  return 100 * (1 - Math.exp(-Math.max(0, units)));
}

export function scoreBand(score: number): ScoreBand {
  if (score >= SCORE_BANDS.strong) return "strong";
  if (score >= SCORE_BANDS.related) return "related";
  return "weak";
}

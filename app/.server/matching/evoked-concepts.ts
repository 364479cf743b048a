import type { ConceptMatcher } from "./concept-extraction";
import { type CorpusStats, conceptIdf, termIdf } from "./corpus-stats";
import type { WeightedTerm } from "./text-evidence";

/** How much of a label's information one word must carry to stand for it. */
const MIN_SHARE = 0.6;
const MAX_EVOKED = 3;
const FROM_TOP_WORDS = 8;

/**
 * Concepts the text evokes by their distinctive word only: "segmentation" for image segmentation,
 * "grid" for smart grids. A word evokes a multi-word label when it carries most of the label's
 * rarity (idf), so "images" alone does not evoke "image segmentation". A single word is often
 * ambiguous ("mobile" health, "distributed" ledgers), so evoked concepts only widen retrieval:
 * their holders become candidates and are then judged on words, never credited with the skill.
 */
export function evokedConcepts(
  words: readonly WeightedTerm[],
  matcher: ConceptMatcher,
  stats: CorpusStats,
  known: ReadonlySet<string>,
): string[] {
  const best = new Map<string, { share: number }>();
  for (const word of words.slice(0, FROM_TOP_WORDS)) {
    for (const entry of matcher.byAnyStem.get(word.stem) ?? []) {
      if (known.has(entry.conceptId)) continue;
      const total = entry.stems.reduce((sum, s) => sum + termIdf(stats, s), 0);
      const share = total > 0 ? termIdf(stats, word.stem) / total : 0;
      if (share < MIN_SHARE) continue;
      const previous = best.get(entry.conceptId);
      if (!previous || previous.share < share) best.set(entry.conceptId, { share });
    }
  }
  return [...best]
    .sort((a, b) => b[1].share * conceptIdf(stats, b[0]) - a[1].share * conceptIdf(stats, a[0]))
    .slice(0, MAX_EVOKED)
    .map(([id]) => id);
}

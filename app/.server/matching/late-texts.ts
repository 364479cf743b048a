import type { CorpusStats, PaperVector } from "./corpus-stats";

/**
 * Texts written since the word-rarity table was built (after an import, before the rebuild that
 * follows it), tokenised once per table rather than on every request that meets them: right
 * after a bulk load nearly every paper is such a text (ADR 063). Kept beside the table they were
 * read against (term ids are the table's) and dropped with it.
 */
export type LateTexts = {
  papers: Map<string, PaperVector>;
  /** By person: the profile's text as of `updatedAt` (a later edit is read again). */
  profiles: Map<string, { updatedAt: number; vector: PaperVector }>;
};

/** Enough for a whole network loaded at once; beyond it the cache starts over. */
const MAX_ENTRIES = 200_000;

const byTable = new WeakMap<object, LateTexts>();

export function lateTexts(stats: Pick<CorpusStats, "builtAt">): LateTexts {
  let late = byTable.get(stats);
  if (!late) {
    late = { papers: new Map(), profiles: new Map() };
    byTable.set(stats, late);
  }
  return late;
}

export function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

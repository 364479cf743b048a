import { contentStems, type TermVector } from "./corpus-stats";

/** A query term: its stem, its weight (rarity × how much the request insists on it). */
export type WeightedTerm = { stem: string; weight: number; surface: string };

export type BagOfWords = { tf: Map<string, number>; length: number };

const K1 = 1.2;
const B = 0.75;

export function bagOfWords(...fields: string[]): BagOfWords {
  const tf = new Map<string, number>();
  let length = 0;
  for (const field of fields) {
    for (const s of contentStems(field)) {
      tf.set(s, (tf.get(s) ?? 0) + 1);
      length += 1;
    }
  }
  return { tf, length };
}

/**
 * BM25 of one document against weighted terms, divided by the score of a document that would
 * contain every term infinitely often: 0 (nothing in common) to 1. The weights carry the idf.
 */
export function bm25(
  doc: BagOfWords,
  terms: readonly WeightedTerm[],
  averageLength: number,
): { score: number; matched: WeightedTerm[] } {
  let score = 0;
  const matched: WeightedTerm[] = [];
  let total = 0;
  const norm = K1 * (1 - B + (B * doc.length) / Math.max(averageLength, 1));
  for (const term of terms) {
    total += term.weight;
    const tf = doc.tf.get(term.stem) ?? 0;
    if (tf === 0) continue;
    score += (term.weight * tf) / (tf + norm);
    matched.push(term);
  }
  return { score: total > 0 ? score / total : 0, matched };
}

/** Query terms prepared for documents stored as term ids (CorpusStats vectors). */
export type IndexedTerms = {
  terms: readonly WeightedTerm[];
  positionOf: ReadonlyMap<number, number>;
  total: number;
};

export function indexTerms(
  terms: readonly WeightedTerm[],
  termIds: ReadonlyMap<string, number>,
): IndexedTerms {
  const positionOf = new Map<number, number>();
  terms.forEach((term, i) => {
    const id = termIds.get(term.stem);
    if (id !== undefined) positionOf.set(id, i);
  });
  return { terms, positionOf, total: terms.reduce((sum, t) => sum + t.weight, 0) };
}

/** The same score as bm25(), over a stored vector of term ids. */
export function bm25Vector(
  doc: TermVector,
  query: IndexedTerms,
  averageLength: number,
): { score: number; matched: WeightedTerm[] } {
  const tf = new Map<number, number>();
  for (const id of doc.terms) {
    const position = query.positionOf.get(id);
    if (position !== undefined) tf.set(position, (tf.get(position) ?? 0) + 1);
  }
  if (tf.size === 0 || query.total === 0) return { score: 0, matched: [] };
  const norm = K1 * (1 - B + (B * doc.length) / Math.max(averageLength, 1));
  let score = 0;
  const matched: WeightedTerm[] = [];
  for (const [position, count] of tf) {
    const term = query.terms[position]!;
    score += (term.weight * count) / (count + norm);
    matched.push(term);
  }
  return { score: score / query.total, matched };
}

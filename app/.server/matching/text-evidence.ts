import {
  bigramKey,
  type CorpusStats,
  contentStems,
  type PaperVector,
  type TermVector,
} from "./corpus-stats";

/** A word of the need: its stem, its weight (rarity, in idf units) and how the need wrote it. */
export type WeightedTerm = { stem: string; weight: number; surface: string };
/** Two words side by side in the need ("speech recognition"): rarer than either word alone. */
export type WeightedBigram = { first: string; second: string; weight: number; surface: string };

const K1 = 1.2;
const B = 0.75;
/** A word of the title counts as two of the abstract: titles name the topic. */
const TITLE_WEIGHT = 2;
const UNKNOWN = 0xffff_ffff;

/** The need's words prepared once for documents stored as term ids. */
export type TextQuery = {
  terms: readonly WeightedTerm[];
  bigrams: readonly WeightedBigram[];
  termIds: ReadonlyMap<string, number>;
  positionOf: ReadonlyMap<number, number>;
  bigramPositionOf: ReadonlyMap<number, number>;
};

export function prepareQuery(
  terms: readonly WeightedTerm[],
  bigrams: readonly WeightedBigram[],
  termIds: ReadonlyMap<string, number>,
): TextQuery {
  const positionOf = new Map<number, number>();
  terms.forEach((term, i) => {
    const id = termIds.get(term.stem);
    if (id !== undefined) positionOf.set(id, i);
  });
  const bigramPositionOf = new Map<number, number>();
  bigrams.forEach((bigram, i) => {
    const a = termIds.get(bigram.first);
    const b = termIds.get(bigram.second);
    if (a !== undefined && b !== undefined) bigramPositionOf.set(bigramKey(a, b), i);
  });
  return { terms, bigrams, termIds, positionOf, bigramPositionOf };
}

export type TextMatch = { score: number; matched: string[] };

/**
 * BM25 (k1 1.2, b 0.75) of one stored text against the need's words and word pairs, title words
 * counted twice. An absolute amount of evidence in idf units: it is never divided by what the
 * best document could reach, so a score means the same whatever the need or the pool.
 */
export function scoreVector(
  terms: Uint32Array,
  titleLength: number,
  query: TextQuery,
  averageLength: number,
): TextMatch {
  const tf = new Map<number, number>();
  const pairTf = new Map<number, number>();
  const pairs = query.bigramPositionOf.size > 0;
  for (let i = 0; i < terms.length; i++) {
    const times = i < titleLength ? TITLE_WEIGHT : 1;
    const position = query.positionOf.get(terms[i]!);
    if (position !== undefined) tf.set(position, (tf.get(position) ?? 0) + times);
    // A pair never spans the title and the abstract; its words may be too common to count alone.
    if (pairs && i > 0 && i !== titleLength) {
      const pair = query.bigramPositionOf.get(bigramKey(terms[i - 1]!, terms[i]!));
      if (pair !== undefined) pairTf.set(pair, (pairTf.get(pair) ?? 0) + times);
    }
  }
  if (tf.size === 0 && pairTf.size === 0) return { score: 0, matched: [] };
  const length = terms.length + (TITLE_WEIGHT - 1) * titleLength;
  const norm = K1 * (1 - B + (B * length) / Math.max(averageLength, 1));
  const saturate = (n: number) => (n * (K1 + 1)) / (n + norm);
  let score = 0;
  const phrases: string[] = [];
  for (const [position, n] of pairTf) {
    const bigram = query.bigrams[position]!;
    score += bigram.weight * saturate(n);
    phrases.push(bigram.surface);
  }
  const words: string[] = [];
  for (const [position, n] of tf) {
    const term = query.terms[position]!;
    score += term.weight * saturate(n);
    // Shown as evidence: phrases first, then the words no matched phrase already shows.
    if (!phrases.some((p) => p.split(" ").includes(term.surface))) words.push(term.surface);
  }
  return { score, matched: [...new Set([...phrases, ...words])] };
}

export function scorePaper(paper: PaperVector, query: TextQuery, stats: CorpusStats): TextMatch {
  return scoreVector(paper.terms, paper.titleLength, query, stats.averageLength.publication);
}

export function scoreProfile(profile: TermVector, query: TextQuery, stats: CorpusStats) {
  return scoreVector(profile.terms, 0, query, stats.averageLength.profile);
}

/** A text the statistics have not read yet (written since they were built), as term ids. */
export function vectorOf(query: TextQuery, title: string, body = ""): PaperVector {
  const ids = (text: string) => contentStems(text).map((s) => query.termIds.get(s) ?? UNKNOWN);
  const head = ids(title);
  return { terms: Uint32Array.from([...head, ...ids(body)]), titleLength: head.length, year: 0 };
}

/**
 * What a paper picked at random from the network would score against the need: each word's
 * weight times the share of documents holding it. Needs full of common words (a long call for
 * proposals) earn more by chance; subtracting this keeps a score comparable across needs.
 * It depends only on the need and the network's word statistics.
 */
export function chanceEvidence(
  terms: readonly WeightedTerm[],
  bigrams: readonly WeightedBigram[],
  stats: CorpusStats,
): number {
  const n = Math.max(1, stats.documents);
  let total = 0;
  for (const t of terms) total += (t.weight * (stats.df.get(t.stem) ?? 0)) / n;
  for (const b of bigrams) {
    const first = stats.termIds.get(b.first);
    const second = stats.termIds.get(b.second);
    if (first === undefined || second === undefined) continue;
    total += (b.weight * (stats.bigramDf.get(bigramKey(first, second)) ?? 0)) / n;
  }
  return total;
}

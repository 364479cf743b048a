import { bigramKey, type CorpusStats, contentStems, type PaperVector } from "./corpus-stats";

/** A word of the need: its stem, its weight (rarity, in idf units) and how the need wrote it. */
export type WeightedTerm = { stem: string; weight: number; surface: string };
/** Two words side by side in the need ("speech recognition"): rarer than either word alone. */
export type WeightedBigram = { first: string; second: string; weight: number; surface: string };

const K1 = 1.2;
const B = 0.75;
/** A word of the title counts as two of the abstract: titles name the topic. */
const TITLE_WEIGHT = 2;
const UNKNOWN = 0xffff_ffff;

/**
 * The need's words prepared once for documents stored as term ids: arrays indexed by term id, so
 * reading a document costs two array reads per word (a long need is scored against thousands of
 * papers per request).
 */
export type TextQuery = {
  terms: readonly WeightedTerm[];
  bigrams: readonly WeightedBigram[];
  termIds: ReadonlyMap<string, number>;
  /** By term id: its place among `terms`, or −1. */
  positionOf: Int32Array;
  /** By term id: 1 when some bigram of the need starts with it (only then is a pair looked up). */
  startsPair: Uint8Array;
  bigramPositionOf: ReadonlyMap<number, number>;
  /** Per-document counters, zeroed after each document (scoring is synchronous). */
  scratch: { tf: Float64Array; pairTf: Float64Array };
};

export function prepareQuery(
  terms: readonly WeightedTerm[],
  bigrams: readonly WeightedBigram[],
  termIds: ReadonlyMap<string, number>,
): TextQuery {
  const positionOf = new Int32Array(termIds.size).fill(-1);
  terms.forEach((term, i) => {
    const id = termIds.get(term.stem);
    if (id !== undefined && positionOf[id] === -1) positionOf[id] = i;
  });
  const startsPair = new Uint8Array(termIds.size);
  const bigramPositionOf = new Map<number, number>();
  bigrams.forEach((bigram, i) => {
    const a = termIds.get(bigram.first);
    const b = termIds.get(bigram.second);
    if (a === undefined || b === undefined) return;
    const key = bigramKey(a, b);
    if (!bigramPositionOf.has(key)) bigramPositionOf.set(key, i);
    startsPair[a] = 1;
  });
  const scratch = { tf: new Float64Array(terms.length), pairTf: new Float64Array(bigrams.length) };
  return { terms, bigrams, termIds, positionOf, startsPair, bigramPositionOf, scratch };
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
  const matched: string[] = [];
  return { score: bm25(terms, titleLength, query, averageLength, matched), matched };
}

/** The score alone: what ranking needs for every paper (the words shown only for the best). */
export function scoreOnly(
  terms: Uint32Array,
  titleLength: number,
  query: TextQuery,
  averageLength: number,
): number {
  return bm25(terms, titleLength, query, averageLength, null);
}

function bm25(
  terms: Uint32Array,
  titleLength: number,
  query: TextQuery,
  averageLength: number,
  matched: string[] | null,
): number {
  const { positionOf, startsPair, bigramPositionOf } = query;
  const { tf, pairTf } = query.scratch;
  // Matched words and pairs in order of first appearance (the evidence shown follows it).
  const seen: number[] = [];
  const seenPairs: number[] = [];
  const pairs = bigramPositionOf.size > 0;
  const known = positionOf.length;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const times = i < titleLength ? TITLE_WEIGHT : 1;
    const position = term < known ? positionOf[term]! : -1;
    if (position >= 0) {
      if (tf[position] === 0) seen.push(position);
      tf[position] = tf[position]! + times;
    }
    // A pair never spans the title and the abstract; its words may be too common to count alone.
    if (pairs && i > 0 && i !== titleLength) {
      const previous = terms[i - 1]!;
      if (previous < known && startsPair[previous] === 1) {
        const pair = bigramPositionOf.get(bigramKey(previous, term));
        if (pair !== undefined) {
          if (pairTf[pair] === 0) seenPairs.push(pair);
          pairTf[pair] = pairTf[pair]! + times;
        }
      }
    }
  }
  if (seen.length === 0 && seenPairs.length === 0) return 0;
  const length = terms.length + (TITLE_WEIGHT - 1) * titleLength;
  const norm = K1 * (1 - B + (B * length) / Math.max(averageLength, 1));
  const saturate = (n: number) => (n * (K1 + 1)) / (n + norm);
  let score = 0;
  const phrases: string[] = [];
  for (const position of seenPairs) {
    const bigram = query.bigrams[position]!;
    score += bigram.weight * saturate(pairTf[position]!);
    pairTf[position] = 0;
    if (matched) phrases.push(bigram.surface);
  }
  const words: string[] = [];
  // Shown as evidence: phrases first, then the words no matched phrase already shows.
  const shown = matched ? new Set(phrases.flatMap((p) => p.split(" "))) : null;
  for (const position of seen) {
    const term = query.terms[position]!;
    score += term.weight * saturate(tf[position]!);
    tf[position] = 0;
    if (shown && !shown.has(term.surface)) words.push(term.surface);
  }
  if (matched) matched.push(...new Set([...phrases, ...words]));
  return score;
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

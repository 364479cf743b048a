/**
 * Which papers hold each word, and who wrote them: retrieval over publication text in memory,
 * built with the word-rarity table from the papers' term ids it already holds. A need's words are
 * looked up in a few arrays instead of a full-text query that ranks thousands of rows per request
 * (docs/decisions/059-describe-your-need-in-memory.md).
 */
export type PaperIndex = {
  /** Paper ids and their authors, by paper number. */
  ids: readonly string[];
  authors: readonly (readonly string[])[];
  /** By term id: the numbers of the papers holding it. */
  postings: ReadonlyMap<number, Uint32Array>;
  /** The papers' stems, sorted, and their term ids: a stem used as a prefix finds longer forms. */
  stems: readonly string[];
  stemIds: Uint32Array;
};

export type IndexedPaper = { id: string; terms: Uint32Array; authors: readonly string[] };

export function buildPaperIndex(
  papers: Iterable<IndexedPaper>,
  termIds: ReadonlyMap<string, number>,
): PaperIndex {
  const ids: string[] = [];
  const authors: (readonly string[])[] = [];
  const lists = new Map<number, number[]>();
  for (const paper of papers) {
    const n = ids.length;
    ids.push(paper.id);
    authors.push(paper.authors);
    for (const term of new Set(paper.terms)) {
      let list = lists.get(term);
      if (!list) {
        list = [];
        lists.set(term, list);
      }
      list.push(n);
    }
  }
  const postings = new Map<number, Uint32Array>();
  for (const [term, list] of lists) postings.set(term, Uint32Array.from(list));
  const stems = [...termIds.keys()].filter((s) => postings.has(termIds.get(s)!)).sort();
  const stemIds = Uint32Array.from(stems, (s) => termIds.get(s)!);
  return { ids, authors, postings, stems, stemIds };
}

/**
 * The term ids a need's stem reaches, as PostgreSQL's `stem:*` did: stems of four letters or
 * more as prefixes ("diseas" finds "diseases"), shorter ones exactly.
 */
export function termsForStem(index: PaperIndex, stem: string): number[] {
  if (stem.length < 2) return [];
  let low = 0;
  let high = index.stems.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.stems[mid]! < stem) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < index.stems.length && index.stems[i]!.startsWith(stem); i++) {
    if (stem.length < 4 && index.stems[i] !== stem) break;
    found.push(index.stemIds[i]!);
  }
  return found;
}

/** Every paper holding one of the stems, in paper order. */
export function papersWithAny(index: PaperIndex, stems: readonly string[]): Uint32Array {
  const hit = new Uint8Array(index.ids.length);
  let count = 0;
  for (const stem of stems) {
    for (const term of termsForStem(index, stem)) {
      for (const paper of index.postings.get(term) ?? []) {
        if (hit[paper] === 0) count++;
        hit[paper] = 1;
      }
    }
  }
  const papers = new Uint32Array(count);
  for (let paper = 0, n = 0; n < count; paper++) if (hit[paper] === 1) papers[n++] = paper;
  return papers;
}

/**
 * Papers holding the stems, best first: each stem found counts its weight once (the rarer
 * words a paper shares with the need, the better), ties in paper order.
 */
export function papersByWeight(
  index: PaperIndex,
  stems: readonly { stem: string; weight: number }[],
): Uint32Array {
  const score = new Float64Array(index.ids.length);
  // The last stem that counted for each paper: a stem's longer forms count it once.
  const counted = new Int32Array(index.ids.length).fill(-1);
  let touched = 0;
  stems.forEach(({ stem, weight }, s) => {
    for (const term of termsForStem(index, stem)) {
      for (const paper of index.postings.get(term) ?? []) {
        if (counted[paper] === s) continue;
        if (counted[paper] === -1) touched++;
        counted[paper] = s;
        score[paper] = score[paper]! + weight;
      }
    }
  });
  const papers = new Uint32Array(touched);
  for (let paper = 0, n = 0; n < touched; paper++) if (counted[paper] !== -1) papers[n++] = paper;
  return papers.sort((a, b) => score[b]! - score[a]! || a - b);
}

/** The authorships of papers in the papers' order (a person once per paper), up to `max`. */
export function authorships(index: PaperIndex, papers: Iterable<number>, max: number): string[] {
  const found: string[] = [];
  for (const paper of papers) {
    for (const person of index.authors[paper]!) {
      found.push(person);
      if (found.length >= max) return found;
    }
  }
  return found;
}

/** The distinct authors of papers, in the papers' order. */
export function authorsOf(index: PaperIndex, papers: Iterable<number>): string[] {
  const people = new Set<string>();
  for (const paper of papers) for (const person of index.authors[paper]!) people.add(person);
  return [...people];
}

import { contentStemsOf } from "./text/tokenize";

/**
 * Document frequencies over the network's own texts (profiles and publications) and skill
 * frequencies over its experts. Rarity is what makes a word or a concept informative: "vision"
 * says more than "données", and "Amazigh NLP" more than "Python".
 */
export type CorpusStats = {
  builtAt: number;
  /** Profiles plus publications. */
  documents: number;
  df: ReadonlyMap<string, number>;
  averageLength: { profile: number; publication: number };
  /**
   * Each paper's words as term ids (title twice, then abstract), built in the same pass as the
   * frequencies: scoring a candidate's papers then reads a few integers instead of tokenizing
   * abstracts on every request. Papers added since the build are tokenized on the fly.
   */
  termIds: ReadonlyMap<string, number>;
  publications: ReadonlyMap<string, PublicationVector>;
  /** Listed experts and researchers, and how many of them hold each concept. */
  people: number;
  conceptHolders: ReadonlyMap<string, number>;
};

export type PublicationVector = { terms: Uint32Array; length: number };

export type CorpusInput = {
  profiles: Iterable<string>;
  publications: Iterable<{ id: string; title: string; abstract: string }>;
  people: number;
  conceptHolders: Iterable<[string, number]>;
};

export function buildCorpusStats(input: CorpusInput, now = Date.now()): CorpusStats {
  const df = new Map<string, number>();
  const countDocument = (stems: string[]) => {
    for (const s of new Set(stems)) df.set(s, (df.get(s) ?? 0) + 1);
  };
  let profiles = 0;
  let profileLength = 0;
  for (const text of input.profiles) {
    const stems = contentStems(text);
    countDocument(stems);
    profiles += 1;
    profileLength += stems.length;
  }

  const termIds = new Map<string, number>();
  const publications = new Map<string, PublicationVector>();
  let publicationLength = 0;
  for (const paper of input.publications) {
    const title = contentStems(paper.title);
    const abstract = contentStems(paper.abstract);
    countDocument([...title, ...abstract]);
    const words = [...title, ...title, ...abstract];
    const terms = new Uint32Array(words.length);
    words.forEach((stem, i) => {
      let id = termIds.get(stem);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(stem, id);
      }
      terms[i] = id;
    });
    publications.set(paper.id, { terms, length: words.length });
    publicationLength += words.length;
  }
  return {
    builtAt: now,
    documents: profiles + publications.size,
    df,
    averageLength: {
      profile: profiles > 0 ? profileLength / profiles || 1 : 1,
      publication: publications.size > 0 ? publicationLength / publications.size || 1 : 1,
    },
    termIds,
    publications,
    people: input.people,
    conceptHolders: new Map(input.conceptHolders),
  };
}

/** The stems a text contributes to statistics and scoring: no function words, no lone letters. */
export const contentStems = contentStemsOf;

/** BM25's idf: positive, highest for words found in one document, near zero for ubiquitous ones. */
export function termIdf(stats: CorpusStats, stem: string): number {
  return bm25Idf(stats.documents, stats.df.get(stem) ?? 0);
}

export function conceptIdf(stats: CorpusStats, conceptId: string): number {
  return bm25Idf(stats.people, stats.conceptHolders.get(conceptId) ?? 0);
}

function bm25Idf(total: number, df: number) {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

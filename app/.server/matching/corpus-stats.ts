import { contentStemsOf } from "./text/tokenize";

/**
 * Document frequencies over the network's own texts (profiles and publications) and skill
 * frequencies over its experts. Rarity is what makes a word or a concept informative: "vision"
 * says more than "données", and "Amazigh NLP" more than "Python".
 */
export type CorpusStats = {
  /** When the texts were read: a profile updated later is not in `profiles`' vectors. */
  builtAt: number;
  /** Profiles plus publications. */
  documents: number;
  df: ReadonlyMap<string, number>;
  averageLength: { profile: number; publication: number };
  /**
   * Each paper's words as term ids (title twice, then abstract) and each profile's (headline,
   * bio, free tags), built in the same pass as the frequencies: scoring a candidate then reads a
   * few integers instead of tokenizing texts on every request. Texts written since `builtAt`
   * are tokenized on the fly.
   */
  termIds: ReadonlyMap<string, number>;
  publications: ReadonlyMap<string, TermVector>;
  profiles: ReadonlyMap<string, TermVector>;
  /** Listed experts and researchers, and how many of them hold each concept. */
  people: number;
  conceptHolders: ReadonlyMap<string, number>;
};

export type TermVector = { terms: Uint32Array; length: number };

export type CorpusInput = {
  profiles: Iterable<{ id: string; text: string }>;
  publications: Iterable<{ id: string; title: string; abstract: string }>;
  people: number;
  conceptHolders: Iterable<[string, number]>;
};

export function buildCorpusStats(input: CorpusInput, now = Date.now()): CorpusStats {
  const df = new Map<string, number>();
  const termIds = new Map<string, number>();
  const vector = (stems: string[]): TermVector => {
    const terms = new Uint32Array(stems.length);
    stems.forEach((stem, i) => {
      let id = termIds.get(stem);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(stem, id);
      }
      terms[i] = id;
    });
    return { terms, length: stems.length };
  };
  const countDocument = (stems: string[]) => {
    for (const s of new Set(stems)) df.set(s, (df.get(s) ?? 0) + 1);
  };

  const profiles = new Map<string, TermVector>();
  let profileLength = 0;
  for (const profile of input.profiles) {
    const stems = contentStems(profile.text);
    countDocument(stems);
    profiles.set(profile.id, vector(stems));
    profileLength += stems.length;
  }
  const publications = new Map<string, TermVector>();
  let publicationLength = 0;
  for (const paper of input.publications) {
    const title = contentStems(paper.title);
    const abstract = contentStems(paper.abstract);
    countDocument([...title, ...abstract]);
    const stored = vector([...title, ...title, ...abstract]);
    publications.set(paper.id, stored);
    publicationLength += stored.length;
  }
  const average = (total: number, count: number) => (count > 0 && total > 0 ? total / count : 1);
  return {
    builtAt: now,
    documents: profiles.size + publications.size,
    df,
    averageLength: {
      profile: average(profileLength, profiles.size),
      publication: average(publicationLength, publications.size),
    },
    termIds,
    publications,
    profiles,
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

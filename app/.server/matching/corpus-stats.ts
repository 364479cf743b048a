import type { ExpertDirectory } from "./expert-directory";
import { buildPaperIndex, type IndexedPaper, type PaperIndex } from "./paper-index";
import { detectLanguage, type TextLanguage } from "./text/language";
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
  /**
   * The same counts among the documents written in each language. A network mostly writing in
   * English makes any French word look rare; among French texts "évalué" is not.
   */
  byLanguage: Record<TextLanguage, { documents: number; df: ReadonlyMap<string, number> }>;
  /**
   * How many documents hold two words side by side ("speech recognition"), by bigramKey. Only
   * pairs found in two documents or more are kept: a pair absent from the map is in at most one.
   */
  bigramDf: ReadonlyMap<number, number>;
  averageLength: { profile: number; publication: number };
  /**
   * Each paper's words as term ids (title, then abstract) and each profile's (headline, bio, free
   * tags), built in the same pass as the frequencies: scoring a candidate then reads a few
   * integers instead of tokenizing texts on every request. Texts written since `builtAt` are
   * tokenized on the fly.
   */
  termIds: ReadonlyMap<string, number>;
  publications: ReadonlyMap<string, PaperVector>;
  profiles: ReadonlyMap<string, TermVector>;
  /** Retrieval over the same papers: which hold each word, and their authors. */
  paperIndex: PaperIndex;
  /** Listed experts and researchers, and how many of them hold each concept. */
  people: number;
  conceptHolders: ReadonlyMap<string, number>;
  /** Taxonomy concepts each paper names (publication-themes.ts), and in how many papers each is. */
  paperConcepts: ReadonlyMap<string, readonly string[]>;
  conceptPapers: ReadonlyMap<string, number>;
  /**
   * The listed people as read with the table (the server's loader sets it; hand-built corpora
   * have none, and every candidate is then read from PostgreSQL).
   */
  directory?: ExpertDirectory;
};

export type TermVector = { terms: Uint32Array; length: number };
/** A paper's stems, title first: title words count twice in BM25 ("title weighted"). */
export type PaperVector = { terms: Uint32Array; titleLength: number; year: number };

export type CorpusInput = {
  profiles: Iterable<{ id: string; text: string }>;
  publications: Iterable<{
    id: string;
    title: string;
    abstract: string;
    year?: number;
    /** Person ids; none when omitted (hand-built test corpora). */
    authors?: readonly string[];
  }>;
  people: number;
  conceptHolders: Iterable<[string, number]>;
  /** The taxonomy concepts of a paper's stems; none when omitted (hand-built test corpora). */
  conceptsOf?: (stems: readonly string[]) => readonly string[];
};

/** One number for a pair of term ids (ids stay far below 2^26, keys below 2^53). */
export const bigramKey = (first: number, second: number) => first * 67_108_864 + second;

/** Documents read between two pauses of the slice-by-slice build (a few ms of work each). */
const SLICE = 250;

export function buildCorpusStats(input: CorpusInput, now = Date.now()): CorpusStats {
  const steps = corpusStatsSteps(input, now);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same build, handing the event loop back every SLICE documents: over a 10k network's
 * ~50,000 papers it is seconds of CPU, and done in one go it held every request of the server
 * behind it (the first describe-your-need after an import waited 28 s on a busy machine).
 */
export async function buildCorpusStatsInSlices(
  input: CorpusInput,
  now = Date.now(),
): Promise<CorpusStats> {
  const steps = corpusStatsSteps(input, now);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* corpusStatsSteps(input: CorpusInput, now: number): Generator<void, CorpusStats> {
  let read = 0;
  const df = new Map<string, number>();
  const termIds = new Map<string, number>();
  const pairs = new Map<number, number>();
  const toIds = (stems: readonly string[]) => {
    const terms = new Uint32Array(stems.length);
    stems.forEach((stem, i) => {
      let id = termIds.get(stem);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(stem, id);
      }
      terms[i] = id;
    });
    return terms;
  };
  const byLanguage = {
    fr: { documents: 0, df: new Map<string, number>() },
    en: { documents: 0, df: new Map<string, number>() },
    ar: { documents: 0, df: new Map<string, number>() },
  };
  const countDocument = (
    text: string,
    stems: readonly string[],
    ids: Uint32Array,
    breakAt: number,
  ) => {
    const language = byLanguage[detectLanguage(text)];
    language.documents += 1;
    for (const s of new Set(stems)) {
      df.set(s, (df.get(s) ?? 0) + 1);
      language.df.set(s, (language.df.get(s) ?? 0) + 1);
    }
    const seen = new Set<number>();
    for (let i = 1; i < ids.length; i++) {
      if (i === breakAt) continue;
      const key = bigramKey(ids[i - 1]!, ids[i]!);
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  };

  const profiles = new Map<string, TermVector>();
  let profileLength = 0;
  for (const profile of input.profiles) {
    const stems = contentStemsOf(profile.text);
    const terms = toIds(stems);
    countDocument(profile.text, stems, terms, -1);
    profiles.set(profile.id, { terms, length: stems.length });
    profileLength += stems.length;
    if (++read % SLICE === 0) yield;
  }
  const publications = new Map<string, PaperVector>();
  const paperConcepts = new Map<string, readonly string[]>();
  const conceptPapers = new Map<string, number>();
  let publicationLength = 0;
  const indexed: IndexedPaper[] = [];
  for (const paper of input.publications) {
    const title = contentStemsOf(paper.title);
    const stems = [...title, ...contentStemsOf(paper.abstract)];
    const titleLength = title.length;
    const terms = toIds(stems);
    countDocument(`${paper.title} ${paper.abstract}`, stems, terms, titleLength);
    publications.set(paper.id, { terms, titleLength, year: paper.year ?? 0 });
    indexed.push({ id: paper.id, terms, authors: paper.authors ?? [] });
    publicationLength += terms.length + titleLength;
    const concepts = input.conceptsOf?.(stems) ?? [];
    if (concepts.length > 0) paperConcepts.set(paper.id, concepts);
    for (const c of concepts) conceptPapers.set(c, (conceptPapers.get(c) ?? 0) + 1);
    if (++read % SLICE === 0) yield;
  }
  const bigramDf = new Map<number, number>();
  for (const [key, n] of pairs) if (n > 1) bigramDf.set(key, n);
  yield;
  const paperIndex = buildPaperIndex(indexed, termIds);
  yield;
  const average = (total: number, count: number) => (count > 0 && total > 0 ? total / count : 1);
  return {
    builtAt: now,
    documents: profiles.size + publications.size,
    df,
    byLanguage,
    bigramDf,
    averageLength: {
      profile: average(profileLength, profiles.size),
      publication: average(publicationLength, publications.size),
    },
    termIds,
    publications,
    profiles,
    paperIndex,
    people: input.people,
    conceptHolders: new Map(input.conceptHolders),
    paperConcepts,
    conceptPapers,
  };
}

/** The stems a text contributes to statistics and scoring: no function words, no lone letters. */
export const contentStems = contentStemsOf;

/** BM25's idf: positive, highest for words found in one document, near zero for ubiquitous ones. */
export function termIdf(stats: CorpusStats, stem: string): number {
  return bm25Idf(stats.documents, stats.df.get(stem) ?? 0);
}

/** Documents in a language from which its own statistics are trusted for every word. */
const MIN_LANGUAGE_DOCUMENTS = 20;

/**
 * The rarity of a word for a text written in `language`: the lower of its rarity in the whole
 * network and among that language's documents. "Évalué" is rare in a network writing mostly in
 * English, but common in French texts: it must not weigh like a technical term. With few
 * documents in the language, only words found nowhere else are judged among them (a cognate such
 * as "biomédicaux", also in English papers, keeps its network-wide rarity).
 */
export function languageIdf(stats: CorpusStats, stem: string, language: TextLanguage): number {
  const global = termIdf(stats, stem);
  const own = stats.byLanguage[language];
  const inLanguage = own.df.get(stem) ?? 0;
  const onlyHere = inLanguage > 0 && inLanguage === (stats.df.get(stem) ?? 0);
  if (own.documents < MIN_LANGUAGE_DOCUMENTS && !onlyHere) return global;
  if (own.documents === stats.documents) return global;
  return Math.min(global, bm25Idf(own.documents, inLanguage));
}

/** The idf of two words side by side; pairs not in the map occur in one document at most. */
export function bigramIdf(stats: CorpusStats, first: string, second: string): number {
  const a = stats.termIds.get(first);
  const b = stats.termIds.get(second);
  const df = a === undefined || b === undefined ? 0 : (stats.bigramDf.get(bigramKey(a, b)) ?? 1);
  return bm25Idf(stats.documents, df);
}

export function conceptIdf(stats: CorpusStats, conceptId: string): number {
  return bm25Idf(stats.people, stats.conceptHolders.get(conceptId) ?? 0);
}

export function bm25Idf(total: number, df: number) {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

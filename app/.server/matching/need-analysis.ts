import { type ConceptMatcher, extractConcepts } from "./concept-extraction";
import { bigramIdf, type CorpusStats, conceptIdf, languageIdf, termIdf } from "./corpus-stats";
import { evokedConcepts } from "./evoked-concepts";
import { type GlossaryEntry, glossaryMeanings } from "./glossary";
import type { TaxonomyGraph } from "./taxonomy-graph";
import { detectLanguage, type TextLanguage } from "./text/language";
import { REQUEST_WORDS } from "./text/stop-words";
import { type Token, tokenize } from "./text/tokenize";
import { chanceEvidence, type WeightedBigram, type WeightedTerm } from "./text-evidence";

/** A described need, reduced to what retrieval and ranking use. */
export type AnalyzedNeed = {
  /** Taxonomy concepts of the text, weighted by their rarity among experts. */
  concepts: { id: string; weight: number; surfaces: string[] }[];
  /**
   * Every informative word of the text, plus the labels of its concepts and the glossary's
   * translations of its words in the other two languages: an Arabic need meets English papers.
   */
  terms: WeightedTerm[];
  /** Pairs of words side by side, from the text and from the translations. */
  bigrams: WeightedBigram[];
  /** What a random paper of the network would score against these words (corpus statistics). */
  chance: number;
  /** Concepts a single rare word suggests ("segmentation"): they widen retrieval only. */
  evoked: string[];
  /** Rare words outside concept phrases, best first: short keyword queries for retrieval. */
  keywords: string[];
  /** Stems for retrieval over publication text: the words found in at most 20 % of documents. */
  retrievalStems: string[];
};

/** A word found in more than this share of documents is too common to retrieve with. */
const RETRIEVAL_DF_SHARE = 0.2;
const MAX_TERMS = 400;
const MAX_KEYWORDS = 3;

export function analyzeNeed(
  text: string,
  context: { graph: TaxonomyGraph; matcher: ConceptMatcher; stats: CorpusStats },
): AnalyzedNeed {
  const { graph, matcher, stats } = context;
  const tokens = tokenize(text);
  const extracted = extractConcepts(text, matcher);
  const ids = new Set(extracted.map((c) => c.id));
  const concepts = extracted.map((c) => {
    // "IA … vision par ordinateur": the field frames the need, the specialty is the need.
    const framing = [...ids].some((other) => other !== c.id && isAncestor(graph, c.id, other));
    const weight = conceptIdf(stats, c.id) * (1 + 0.5 * Math.log(c.count)) * (framing ? 0.5 : 1);
    return { id: c.id, weight, surfaces: c.surfaces };
  });

  const language = detectLanguage(text);
  const glossary = glossaryMeanings(text);
  // A need written in a language the network hardly writes in (a French need among English
  // papers): its recognised phrases are read through their translations only, since its own words
  // would meet English look-alikes ("parties", "évalué") rather than its topic.
  const translatedSpans = isRareLanguage(stats, language)
    ? [...extracted.flatMap((c) => c.spans), ...glossary.flatMap((g) => g.spans)]
    : [];
  const translated = (t: Token) =>
    translatedSpans.some(([start, end]) => t.start < end && t.end > start);
  const words = informativeTokens(tokens, stats).filter((t) => !translated(t));
  const terms = new Map<string, WeightedTerm>();
  for (const t of words) {
    if (!terms.has(t.stem)) {
      const weight = languageIdf(stats, t.stem, language);
      terms.set(t.stem, { stem: t.stem, weight, surface: surface(t) });
    }
  }
  const bigrams = new Map<string, WeightedBigram>();
  addBigrams(
    tokens.filter((t) => !translated(t)),
    bigrams,
    stats,
    language,
  );

  // Translations: the concepts' labels and the glossary's forms of the text's words, in the
  // languages the text does not already use for them (in a rare language, in every other one).
  // They weigh what the translated words weigh in the network (their own idf): "palmier dattier"
  // counts against an English paper as much as "date palm" would.
  const own = new Set(informativeTokens(tokens, stats).map((t) => t.stem));
  const rare = translatedSpans.length > 0;
  const meanings: GlossaryEntry[] = [
    ...extracted.map((c) => {
      const labels = graph.labels(c.id);
      return { fr: [labels.fr], en: [labels.en], ar: [labels.ar] };
    }),
    ...glossary.map((g) => g.entry),
  ];
  for (const meaning of meanings) {
    // A translation that reads like a word of the text's language is shown in that language
    // ("detection", not "détection", for an English need).
    const display = new Map(
      meaning[language].flatMap((form) => tokenize(form).map((t) => [t.stem, t.raw] as const)),
    );
    for (const lang of ["fr", "en", "ar"] as const) {
      const formTokens = meaning[lang].map((form) => tokenize(form));
      const said = rare
        ? lang === language
        : formTokens.some((ts) => ts.some((t) => !t.stop && own.has(t.stem)));
      if (said) continue;
      for (const phraseTokens of formTokens) {
        for (const t of informativeTokens(phraseTokens, stats)) {
          if (!terms.has(t.stem)) {
            const surface = display.get(t.stem) ?? t.raw;
            terms.set(t.stem, { stem: t.stem, weight: termIdf(stats, t.stem), surface });
          }
        }
        addBigrams(phraseTokens, bigrams, stats);
      }
    }
  }

  const ranked = [...terms.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS);
  const pairs = [...bigrams.values()];
  const spans = extracted.flatMap((c) => c.spans);
  const inConcept = (t: Token) => spans.some(([start, end]) => t.start < end && t.end > start);
  const conceptWords = new Set(tokens.filter(inConcept).map((t) => t.stem));
  const maxDf = RETRIEVAL_DF_SHARE * stats.documents;
  const salient = ranked.filter((t) => (stats.df.get(t.stem) ?? 0) <= maxDf);
  const free = salient.filter((t) => own.has(t.stem) && !conceptWords.has(t.stem));
  return {
    concepts,
    terms: ranked,
    bigrams: pairs,
    chance: chanceEvidence(ranked, pairs, stats),
    evoked: evokedConcepts(free, matcher, stats, ids),
    keywords: free.slice(0, MAX_KEYWORDS).map((t) => t.surface),
    retrievalStems: salient.map((t) => t.stem),
  };
}

/**
 * The words that can be evidence: known to the network's texts, not function words, not numbers,
 * not words describing the request itself ("thèse", "call", "مشروع").
 */
function informativeTokens(tokens: Token[], stats: CorpusStats): Token[] {
  return tokens.filter(
    (t) =>
      !t.stop &&
      t.norm.length >= 2 &&
      !/^\d+$/.test(t.norm) &&
      !REQUEST_WORDS.has(t.stem) &&
      (stats.df.get(t.stem) ?? 0) > 0,
  );
}

/**
 * Pairs of content words side by side, never across punctuation; only pairs of known words. A
 * pair weighs its own rarity, at most its two words' (in the text's language): a pair found in one
 * French document is not rarer than its words say.
 */
function addBigrams(
  tokens: Token[],
  into: Map<string, WeightedBigram>,
  stats: CorpusStats,
  language?: TextLanguage,
) {
  const wordWeight = (stem: string) =>
    language ? languageIdf(stats, stem, language) : termIdf(stats, stem);
  let previous: Token | null = null;
  for (const token of tokens) {
    if (token.stop) continue;
    if (previous && !token.breakBefore && !/^\d+$/.test(token.norm)) {
      const key = `${previous.stem} ${token.stem}`;
      if (!into.has(key) && stats.termIds.has(previous.stem) && stats.termIds.has(token.stem)) {
        into.set(key, {
          first: previous.stem,
          second: token.stem,
          weight: Math.min(
            bigramIdf(stats, previous.stem, token.stem),
            wordWeight(previous.stem) + wordWeight(token.stem),
          ),
          surface: `${previous.raw} ${token.raw}`.toLowerCase(),
        });
      }
    }
    previous = token;
  }
}

const surface = (t: Token) => t.raw.toLowerCase();

/** Under 5 % of the network's texts are in this language. */
function isRareLanguage(stats: CorpusStats, language: TextLanguage) {
  return stats.byLanguage[language].documents < 0.05 * stats.documents;
}

function isAncestor(graph: TaxonomyGraph, ancestor: string, of: string) {
  let current = graph.parent(of);
  for (let depth = 0; current && depth < 8; depth++) {
    if (current === ancestor) return true;
    current = graph.parent(current);
  }
  return false;
}

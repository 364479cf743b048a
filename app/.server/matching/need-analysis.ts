import type { WeightedTerm } from "./bm25";
import { type ConceptMatcher, extractConcepts } from "./concept-extraction";
import { type CorpusStats, conceptIdf, termIdf } from "./corpus-stats";
import { evokedConcepts } from "./evoked-concepts";
import type { TaxonomyGraph } from "./taxonomy-graph";
import { REQUEST_WORDS } from "./text/stop-words";
import { type Token, tokenize } from "./text/tokenize";

/** A described need, reduced to what retrieval and ranking use. */
export type AnalyzedNeed = {
  /** Taxonomy concepts of the text, weighted by their rarity among experts. */
  concepts: { id: string; weight: number; surfaces: string[] }[];
  /** Terms for BM25: the text's salient words and the labels of its concepts (any language). */
  terms: WeightedTerm[];
  /** Concepts a single rare word suggests ("segmentation"): they widen retrieval only. */
  evoked: string[];
  /** Rare words outside concept phrases, best first: short keyword queries for retrieval. */
  keywords: string[];
  /**
   * How far skills can speak for the text, 0 to 1: the rarity of its main concepts against that
   * of one specific concept (see CONCEPT_MASS). "Deep learning" alone is not a topic.
   */
  conceptShare: number;
};

/** A word found in more than this share of documents says nothing about a topic. */
const MAX_DF_SHARE = 0.2;
const MAX_SALIENT = 24;
const MAX_KEYWORDS = 3;
const EXPANSION_WEIGHT = 0.5;
/**
 * Concept rarity (idf) at which skills carry their full weight: one concept held by about one
 * expert in 45, or two common ones. Below it the rest of the skill weight moves to the words.
 */
const CONCEPT_MASS = 4;

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

  const salient = salientTerms(tokens, stats);
  const terms = new Map<string, WeightedTerm>();
  for (const term of salient) terms.set(term.stem, term);
  // A concept's labels in the three languages let a French text meet English papers; they are
  // our translation, not the writer's words, so they count half.
  for (const concept of extracted) {
    const labels = graph.labels(concept.id);
    for (const token of tokenize(`${labels.fr} ${labels.en} ${labels.ar}`)) {
      if (token.stop || token.norm.length < 2 || terms.has(token.stem)) continue;
      const weight = EXPANSION_WEIGHT * termIdf(stats, token.stem);
      terms.set(token.stem, { stem: token.stem, weight, surface: token.raw });
    }
  }

  const spans = extracted.flatMap((c) => c.spans);
  const inConcept = (t: Token) => spans.some(([start, end]) => t.start < end && t.end > start);
  const conceptWords = new Set(tokens.filter(inConcept).map((t) => t.stem));
  const free = salient.filter((t) => !conceptWords.has(t.stem));
  const evoked = evokedConcepts(free, matcher, stats, ids);
  const keywords = free.slice(0, MAX_KEYWORDS).map((t) => t.surface);
  const conceptMass = concepts
    .map((c) => c.weight)
    .sort((a, b) => b - a)
    .slice(0, 8)
    .reduce((sum, w) => sum + w, 0);
  const conceptShare = Math.min(1, conceptMass / CONCEPT_MASS);

  return { concepts, evoked, terms: [...terms.values()], keywords, conceptShare };
}

/** Words of the text ranked by idf × (1 + ln tf): rare, repeated, topical words first. */
export function salientTerms(tokens: Token[], stats: CorpusStats): WeightedTerm[] {
  const counts = new Map<string, { tf: number; surface: string }>();
  for (const token of tokens) {
    if (token.stop || token.norm.length < 3 || /^\d+$/.test(token.norm)) continue;
    if (REQUEST_WORDS.has(token.stem)) continue;
    const entry = counts.get(token.stem);
    if (entry) entry.tf += 1;
    else counts.set(token.stem, { tf: 1, surface: token.raw.toLowerCase() });
  }
  const out: WeightedTerm[] = [];
  for (const [stem, { tf, surface }] of counts) {
    const df = stats.df.get(stem) ?? 0;
    // A word no profile or paper uses cannot be evidence for anyone.
    if (df === 0 || df > MAX_DF_SHARE * stats.documents) continue;
    out.push({ stem, surface, weight: termIdf(stats, stem) * (1 + Math.log(tf)) });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, MAX_SALIENT);
}

function isAncestor(graph: TaxonomyGraph, ancestor: string, of: string) {
  let current = graph.parent(of);
  for (let depth = 0; current && depth < 8; depth++) {
    if (current === ancestor) return true;
    current = graph.parent(current);
  }
  return false;
}

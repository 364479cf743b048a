import type { ConceptMatcher } from "./concept-extraction";
import { bm25Idf, type CorpusStats } from "./corpus-stats";
import { recencyFactor } from "./recency";
import { contentStemsOf } from "./text/tokenize";

/**
 * Taxonomy concepts named by a paper, read from its stems (the corpus statistics already hold
 * them): the concept matcher's phrases without their case rules, so abbreviations and product
 * names that are also words (NER, MT, Rust) are left out. Fast enough for every paper.
 */
export type StemConceptReader = (stems: readonly string[]) => string[];

const readers = new WeakMap<ConceptMatcher, StemConceptReader>();

export function stemConceptReader(matcher: ConceptMatcher): StemConceptReader {
  let reader = readers.get(matcher);
  if (!reader) {
    reader = buildReader(matcher);
    readers.set(matcher, reader);
  }
  return reader;
}

function buildReader(matcher: ConceptMatcher): StemConceptReader {
  const phrases = new Map<string, { conceptId: string; stems: string[] }[]>();
  for (const [first, terms] of matcher.byFirstStem) {
    const usable = terms.filter((t) => t.rule === "any" || t.stems.length > 1);
    if (usable.length > 0) phrases.set(first, usable);
  }
  return (stems) => {
    const found = new Set<string>();
    for (let i = 0; i < stems.length; ) {
      const candidates = phrases.get(stems[i]!);
      const hit = candidates?.find((t) => t.stems.every((s, j) => stems[i + j] === s));
      if (!hit) {
        i += 1;
        continue;
      }
      found.add(hit.conceptId);
      i += hit.stems.length;
    }
    return [...found];
  };
}

export type PublicationTheme = {
  skillId: string;
  /** Papers of the person naming the concept. */
  papers: number;
  /** Rarity among the network's papers × recency, summed over those papers. */
  weight: number;
};

/** A concept in more than this share of the network's papers describes the field, not a theme. */
const MAX_PAPER_SHARE = 0.25;
const MAX_THEMES = 8;

/**
 * The expertise fingerprint of a person: the concepts their papers name, each weighted by its
 * rarity among the network's papers (idf) and the papers' recency, strongest first.
 */
export function publicationThemes(
  papers: readonly { id: string; title?: string; abstract?: string; year: number }[],
  stats: CorpusStats,
  reader: StemConceptReader,
  limit = MAX_THEMES,
): PublicationTheme[] {
  const currentYear = new Date(stats.builtAt).getUTCFullYear();
  const totalPapers = Math.max(1, stats.publications.size);
  const themes = new Map<string, PublicationTheme>();
  for (const paper of papers) {
    const concepts =
      stats.paperConcepts.get(paper.id) ??
      (stats.publications.has(paper.id)
        ? []
        : reader([...contentStemsOf(paper.title ?? ""), ...contentStemsOf(paper.abstract ?? "")]));
    const recency = recencyFactor(paper.year, currentYear);
    for (const skillId of concepts) {
      const inPapers = stats.conceptPapers.get(skillId) ?? 0;
      if (inPapers > MAX_PAPER_SHARE * totalPapers && totalPapers >= 20) continue;
      const theme = themes.get(skillId) ?? { skillId, papers: 0, weight: 0 };
      theme.papers += 1;
      theme.weight += recency * bm25Idf(totalPapers, inPapers);
      themes.set(skillId, theme);
    }
  }
  return [...themes.values()]
    .map((t) => ({ ...t, weight: Math.round(t.weight * 100) / 100 }))
    .sort((a, b) => b.weight - a.weight || a.skillId.localeCompare(b.skillId))
    .slice(0, limit);
}

const byConcept = new WeakMap<CorpusStats, Map<string, string[]>>();

/** The papers naming a concept (the statistics' paper concepts, inverted once per snapshot). */
export function papersNaming(stats: CorpusStats, conceptId: string): readonly string[] {
  let index = byConcept.get(stats);
  if (!index) {
    index = new Map();
    for (const [paperId, concepts] of stats.paperConcepts) {
      for (const c of concepts) {
        const list = index.get(c);
        if (list) list.push(paperId);
        else index.set(c, [paperId]);
      }
    }
    byConcept.set(stats, index);
  }
  return index.get(conceptId) ?? [];
}

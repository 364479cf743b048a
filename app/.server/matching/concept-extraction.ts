import type { TaxonomyGraph } from "./taxonomy-graph";
import { isUpperCaseWord, type Token, tokenize } from "./text/tokenize";

/** A taxonomy concept found in a text, by any of its labels or synonyms in any language. */
export type ExtractedConcept = {
  id: string;
  count: number;
  /** The words as the text wrote them ("IA", "vision par ordinateur"), at most three. */
  surfaces: string[];
  firstOffset: number;
  /** Every occurrence, as [start, end) character offsets. */
  spans: [number, number][];
};

type Rule = "any" | "exact-case" | "capitalized";
type Term = { conceptId: string; raw: string; stems: string[]; breaks: boolean[]; rule: Rule };
export type ConceptMatcher = {
  byFirstStem: Map<string, Term[]>;
  /** Multi-word labels by each of their words, for partial mentions (evoked-concepts.ts). */
  byAnyStem: Map<string, { conceptId: string; stems: string[] }[]>;
  symbolTerms: { conceptId: string; pattern: RegExp }[];
};

/**
 * Product names that are also everyday words ("Tableau", "Rust", "Spark", "Swift"): they count
 * only when written with a capital, as a name.
 */
const AMBIGUOUS_NAMES = new Set(
  `go rust ruby dart chef spark swift tableau puppet scratch unity eclipse pascal julia kettle
  react flask groovy angular express kali scala access unreal mongo delphi maven kanban`.split(
    /\s+/,
  ),
);
/** Characters that glue a one- or two-letter token to something else: "R&D", "C++", "d'R". */
const GLUE = /[&'’+#\-/@_]/;

export function buildConceptMatcher(graph: TaxonomyGraph): ConceptMatcher {
  const byFirstStem = new Map<string, Term[]>();
  const byAnyStem: ConceptMatcher["byAnyStem"] = new Map();
  const symbolTerms: ConceptMatcher["symbolTerms"] = [];
  for (const concept of graph.concepts()) {
    const { labels, synonyms } = concept;
    const terms = new Set([
      labels.fr,
      labels.en,
      labels.ar,
      ...synonyms.fr,
      ...synonyms.en,
      ...synonyms.ar,
    ]);
    for (const raw of terms) {
      if (/[+#]/.test(raw)) {
        const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        symbolTerms.push({
          conceptId: concept.id,
          pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, "giu"),
        });
        continue;
      }
      const tokens = tokenize(raw);
      const content = tokens.some((t) => !t.stop) ? contentTokens(tokens) : withBreaks(tokens);
      const first = content[0];
      if (!first) continue;
      const term: Term = {
        conceptId: concept.id,
        raw: first.token.raw,
        stems: content.map((c) => c.token.stem),
        breaks: content.map((c) => c.brk),
        rule: content.length === 1 && tokens.length === 1 ? ruleFor(first.token) : "any",
      };
      const list = byFirstStem.get(first.token.stem) ?? [];
      list.push(term);
      byFirstStem.set(first.token.stem, list);
      if (term.stems.length < 2) continue;
      for (const stem of new Set(term.stems)) {
        const entries = byAnyStem.get(stem) ?? [];
        entries.push({ conceptId: concept.id, stems: term.stems });
        byAnyStem.set(stem, entries);
      }
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirstStem, byAnyStem, symbolTerms };
}

function ruleFor(token: Token): Rule {
  const raw = token.raw;
  const letters = raw.replace(/[^\p{L}]/gu, "").length;
  if (letters <= 2 || /\d/.test(raw) || /\p{Lu}/u.test(raw.slice(1))) return "exact-case";
  if (AMBIGUOUS_NAMES.has(token.norm)) return "capitalized";
  return "any";
}

type Content = { token: Token; brk: boolean };

/** Function words dropped ("traitement automatique des langues" ≈ "… de la langue"). */
function contentTokens(tokens: Token[]): Content[] {
  const out: Content[] = [];
  let brk = false;
  for (const token of tokens) {
    brk ||= token.breakBefore;
    if (token.stop) continue;
    out.push({ token, brk: out.length > 0 && brk });
    brk = false;
  }
  return out;
}

function withBreaks(tokens: Token[]): Content[] {
  return tokens.map((token, i) => ({ token, brk: i > 0 && token.breakBefore }));
}

/**
 * Finds taxonomy concepts in a text. Longest phrase first, left to right; a word belongs to one
 * phrase. Abbreviations (IA, ML, CV, NLP) count only as written in upper case, and a one- or
 * two-letter one only when it stands alone ("R" but not "R&D").
 */
export function extractConcepts(text: string, matcher: ConceptMatcher): ExtractedConcept[] {
  const found = new Map<string, ExtractedConcept>();
  const record = (conceptId: string, start: number, end: number) => {
    const surface = text.slice(start, end);
    const entry = found.get(conceptId);
    if (!entry) {
      found.set(conceptId, {
        id: conceptId,
        count: 1,
        surfaces: [surface],
        firstOffset: start,
        spans: [[start, end]],
      });
      return;
    }
    entry.count += 1;
    entry.firstOffset = Math.min(entry.firstOffset, start);
    entry.spans.push([start, end]);
    if (entry.surfaces.length < 3 && !entry.surfaces.includes(surface))
      entry.surfaces.push(surface);
  };

  const taken: [number, number][] = [];
  for (const { conceptId, pattern } of matcher.symbolTerms) {
    for (const m of text.matchAll(pattern)) {
      taken.push([m.index, m.index + m[0].length]);
      record(conceptId, m.index, m.index + m[0].length);
    }
  }
  const inTaken = (t: Token) => taken.some(([s, e]) => t.start < e && t.end > s);
  const content = contentTokens(tokenize(text)).filter((c) => !inTaken(c.token));

  for (let i = 0; i < content.length; ) {
    const first = content[i]!.token;
    const candidates = [
      ...(matcher.byFirstStem.get(first.stem) ?? []),
      ...(first.altStem ? (matcher.byFirstStem.get(first.altStem) ?? []) : []),
    ].sort((a, b) => b.stems.length - a.stems.length);
    const term = candidates.find((candidate) => matchesAt(candidate, content, i, text));
    if (!term) {
      i += 1;
      continue;
    }
    const last = content[i + term.stems.length - 1]!.token;
    record(term.conceptId, first.start, last.end);
    i += term.stems.length;
  }
  return [...found.values()].sort((a, b) => a.firstOffset - b.firstOffset);
}

function matchesAt(term: Term, content: Content[], at: number, text: string): boolean {
  if (at + term.stems.length > content.length) return false;
  for (let j = 0; j < term.stems.length; j++) {
    const c = content[at + j]!;
    if (c.token.stem !== term.stems[j] && c.token.altStem !== term.stems[j]) return false;
    if (j > 0 && c.brk && !term.breaks[j]) return false;
  }
  const token = content[at]!.token;
  switch (term.rule) {
    case "any":
      return true;
    case "capitalized":
      return /^\p{Lu}/u.test(token.raw);
    case "exact-case": {
      const raw = token.raw;
      const same =
        raw === term.raw ||
        raw === `${term.raw}s` ||
        (isUpperCaseWord(raw) && raw === term.raw.toUpperCase());
      if (!same) return false;
      if (term.raw.replace(/[^\p{L}]/gu, "").length > 2) return true;
      const before = text[token.start - 1] ?? " ";
      const after = text[token.end] ?? " ";
      // A full stop ends a sentence ("… en IA."), unless a word follows at once ("R.js").
      const dotted = after === "." && /[\p{L}\p{N}]/u.test(text[token.end + 1] ?? " ");
      return !GLUE.test(before) && before !== "." && !GLUE.test(after) && !dotted;
    }
  }
}

import { distance } from "fastest-levenshtein";
import { type Locale, localized } from "~/utils/i18n";
import { normalizeLabel } from "~/utils/normalize-label";
import type { SkillSuggestion } from "~/utils/skill-suggestion";
import { getVocabulary } from "./taxonomy.server";

type Term = { folded: string; text: string; preferred: boolean };
type Entry = { id: string; labelFr: string; labelEn: string; labelAr: string; terms: Term[] };
type SkillIndex = { entries: Entry[]; byTerm: Map<string, string> };

const built = new WeakMap<object, SkillIndex>();

/** Every label and synonym of the taxonomy in the three languages, folded for matching. */
async function getSkillIndex(): Promise<SkillIndex> {
  const vocabulary = await getVocabulary();
  const cached = built.get(vocabulary.skills);
  if (cached) return cached;
  const entries: Entry[] = [];
  const byTerm = new Map<string, string>();
  for (const skill of vocabulary.skills.values()) {
    const synonyms = (skill as { synonyms?: { fr: string[]; en: string[]; ar: string[] } })
      .synonyms;
    const labels = [skill.labelFr, skill.labelEn, skill.labelAr];
    const others = synonyms ? [...synonyms.fr, ...synonyms.en, ...synonyms.ar] : [];
    const terms = [
      ...labels.map((text) => ({ folded: normalizeLabel(text), text, preferred: true })),
      ...others.map((text) => ({ folded: normalizeLabel(text), text, preferred: false })),
    ];
    entries.push({ ...skill, terms });
  }
  // Labels win over synonyms when two concepts share a term.
  for (const preferred of [true, false]) {
    for (const entry of entries) {
      for (const term of entry.terms) {
        if (term.preferred === preferred && !byTerm.has(term.folded))
          byTerm.set(term.folded, entry.id);
      }
    }
  }
  const index = { entries, byTerm };
  built.set(vocabulary.skills, index);
  return index;
}

/**
 * Skills whose label or synonym, in any language, matches the query: exact first, then prefix,
 * then a word prefix (so "vision" finds "vision par ordinateur", not "prévision"), then words
 * one or two typos away ("apprentisage"). The label comes in the reader's language.
 */
export async function suggestSkills(
  query: string,
  locale: Locale,
  limit = 8,
): Promise<SkillSuggestion[]> {
  const q = normalizeLabel(query);
  if (!q) return [];
  const { entries } = await getSkillIndex();
  const ranked: { entry: Entry; rank: number; term: Term }[] = [];
  for (const entry of entries) {
    let best: { rank: number; term: Term } | null = null;
    for (const term of entry.terms) {
      const rank =
        term.folded === q
          ? 0
          : term.folded.startsWith(q)
            ? 1
            : wordsOf(term.folded).some((word) => word.startsWith(q))
              ? 2
              : closeEnough(q, term.folded)
                ? 3
                : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, term };
    }
    if (best) ranked.push({ entry, ...best });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      localized(a.entry, locale).length - localized(b.entry, locale).length ||
      a.entry.id.localeCompare(b.entry.id),
  );
  return ranked.slice(0, limit).map(({ entry, term }) => {
    const label = localized(entry, locale);
    return { id: entry.id, label, matched: term.text === label ? null : term.text };
  });
}

/** The taxonomy concept a typed label names, in any language; null makes it a free tag. */
export async function resolveSkillLabel(label: string): Promise<string | null> {
  const { byTerm } = await getSkillIndex();
  return byTerm.get(normalizeLabel(label)) ?? null;
}

/** A term's words, and each Arabic word without its article too ("التعلم" is also "تعلم"). */
function wordsOf(folded: string): string[] {
  return folded
    .split(" ")
    .flatMap((word) => (word.startsWith("ال") && word.length > 3 ? [word, word.slice(2)] : [word]));
}

/**
 * Every word typed is within a typo or two of a word of the term (or of the start of one, while
 * it is being typed): one edit from 5 letters, two from 9. Short words must match exactly.
 */
function closeEnough(query: string, folded: string): boolean {
  const words = wordsOf(folded);
  return query.split(" ").every((typed) => {
    const allowed = typed.length >= 9 ? 2 : typed.length >= 5 ? 1 : 0;
    if (allowed === 0) return words.some((word) => word.startsWith(typed));
    return words.some(
      (word) =>
        distance(typed, word) <= allowed || distance(typed, word.slice(0, typed.length)) <= allowed,
    );
  });
}

/**
 * The concepts a text names: every run of its words that is a label or a synonym of one, in any
 * language ("IA", "sécurité informatique", "التعلم الآلي").
 */
export async function conceptsNamedIn(text: string): Promise<Set<string>> {
  const { byTerm } = await getSkillIndex();
  const words = normalizeLabel(text).split(" ").filter(Boolean);
  const named = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + 6); end++) {
      const id = byTerm.get(words.slice(start, end).join(" "));
      if (id) named.add(id);
    }
  }
  return named;
}

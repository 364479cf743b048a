import { distance } from "fastest-levenshtein";
import { normalizeLabel } from "~/utils/normalize-label";
import { STOP_WORDS } from "../../search/settings";
import { conceptsNamedIn } from "./skill-lookup.server";

/** A query read the way the index reads it: its words, and the concepts it names. */
export type QueryTerms = { words: string[]; named: ReadonlySet<string> };

const stop = new Set(STOP_WORDS);
const wordsOf = (text: string) =>
  normalizeLabel(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !stop.has(w));

export async function queryTerms(q: string): Promise<QueryTerms> {
  return { words: [...new Set(wordsOf(q))], named: await conceptsNamedIn(q) };
}

/**
 * Which of a hit's skills the query matched, the one matching most query words first: a skill
 * named by the query (a label, a synonym, an abbreviation, in any language), or one with a word
 * the query has, allowing Meilisearch's typos (one from 4 letters, two from 8). Asking Meilisearch
 * to highlight every skill label in three languages instead took a third of its time at 100k.
 */
export function matchedSkills(
  terms: QueryTerms,
  skills: { id: string | null; labels: readonly string[] }[],
): number[] {
  if (terms.words.length === 0) return [];
  // A page's twenty cards share many concepts: each is scored once per search.
  const byConcept = new Map<string, number>();
  const score = (skill: { id: string | null; labels: readonly string[] }) => {
    const named = skill.id !== null && terms.named.has(skill.id);
    const words = labelWords(skill.labels);
    const matches = terms.words.filter((q) => words.some((w) => sameWord(q, w))).length;
    return (named ? terms.words.length : 0) + matches;
  };
  return skills
    .map((skill, index) => {
      if (skill.id === null) return { index, score: score(skill) };
      let known = byConcept.get(skill.id);
      if (known === undefined) {
        known = score(skill);
        byConcept.set(skill.id, known);
      }
      return { index, score: known };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((s) => s.index);
}

/**
 * The folded words of a skill's labels, kept across searches: the taxonomy's labels are few, and
 * folding them (Unicode normalization, Arabic diacritics) on every card was a tenth of the app's
 * CPU time per search (bench/, 10k people). Free tags are open-ended: the memo is bounded.
 */
const folded = new Map<string, string[]>();
const FOLDED_MAX = 20_000;
function labelWords(labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    let words = folded.get(label);
    if (!words) {
      if (folded.size >= FOLDED_MAX) folded.clear();
      words = wordsOf(label);
      folded.set(label, words);
    }
    for (const w of words) out.add(w);
  }
  return [...out];
}

function sameWord(query: string, word: string) {
  if (query === word) return true;
  const typos = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  if (typos === 0 || Math.abs(query.length - word.length) > typos) return false;
  return distance(query, word) <= typos || distance(swapFirstDifference(query, word), word) < typos;
}

/** Meilisearch counts two swapped neighbours ("pyhton") as one typo, Levenshtein as two. */
function swapFirstDifference(query: string, word: string) {
  const i = [...query].findIndex((ch, k) => ch !== word[k]);
  if (i < 0 || i + 1 >= query.length) return query;
  return query.slice(0, i) + query[i + 1] + query[i] + query.slice(i + 2);
}

import { fold } from "./normalize";
import { prefixFreeStem, stem } from "./stem";
import { STOP_WORDS } from "./stop-words";

export type Token = {
  /** As written, for case rules and for showing the user which word matched. */
  raw: string;
  /** Folded: lower case, no accents, Arabic variants unified. */
  norm: string;
  stem: string;
  /** Arabic only: the stem without a glued preposition (ب ل ك ف), when that reading exists. */
  altStem?: string;
  start: number;
  end: number;
  /** A function word ("de", "the", "في"); an upper-case "IT" or "US" is never one. */
  stop: boolean;
  /** Punctuation stands between this token and the previous one: phrases do not cross it. */
  breakBefore: boolean;
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BREAK = /[.!?;:()[\]{}"«»,،؛؟\n/|·•–—]/;

type WordForms = { norm: string; stem: string; altStem: string | undefined; function: boolean };

/** Folding and stemming cost far more than a lookup, and a corpus reuses few distinct words. */
const forms = new Map<string, WordForms>();
const MAX_REMEMBERED = 200_000;

function formsOf(raw: string): WordForms {
  let known = forms.get(raw);
  if (!known) {
    const norm = fold(raw);
    known = {
      norm,
      stem: stem(norm),
      altStem: prefixFreeStem(norm),
      function: STOP_WORDS.has(norm),
    };
    if (forms.size >= MAX_REMEMBERED) forms.clear();
    forms.set(raw, known);
  }
  return known;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const { norm, stem, altStem, function: isFunctionWord } = formsOf(raw);
    if (norm === "") continue;
    const gap = text.slice(previousEnd, start);
    previousEnd = start + raw.length;
    tokens.push({
      raw,
      norm,
      stem,
      altStem,
      start,
      end: start + raw.length,
      stop: isFunctionWord && !isUpperCaseWord(raw) && !isLoneCapital(raw, text[start + 1]),
      breakBefore: tokens.length > 0 && BREAK.test(gap),
    });
  }
  return tokens;
}

/** "C" or "R" standing alone is a name; "L'" or "D'" opening a sentence is an elision. */
function isLoneCapital(raw: string, next: string | undefined) {
  return raw.length === 1 && /\p{Lu}/u.test(raw) && next !== "'" && next !== "’";
}

/**
 * The stems of a text's content words, without building tokens: the hot path of corpus
 * statistics and of scoring candidates' papers.
 */
export function contentStemsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const f = formsOf(match[0]);
    if (f.norm.length >= 2 && (!f.function || isUpperCaseWord(match[0]))) out.push(f.stem);
  }
  return out;
}

export function isUpperCaseWord(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

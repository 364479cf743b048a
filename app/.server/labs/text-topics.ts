import { fold } from "../matching";

const WORD = /[\p{L}\p{N}]+/gu;

// Function words of the three languages and the boilerplate of academic prose.
const STOPWORDS = new Set(
  (
    "les des une dans pour par sur avec aux entre vers son ses leur leurs qui que quoi dont cette ces " +
    "est sont nous vous ils elles etude approche methode methodes application applications " +
    "donnees travail resultats projet projets cas retour experience partir afin ainsi plus " +
    "the and for with from into towards toward study approach method methods using based data " +
    "case results work project lessons this that these their our are was were its over " +
    "في من على إلى عن مع هذا هذه التي الذي بين"
  ).split(" "),
);

/**
 * The words of a text worth counting as a topic (folded, four letters or more, no stopwords): the
 * "top terms" of a lab's publications, shown as they are rather than stemmed.
 */
export function topicWords(text: string): string[] {
  const hit = seen.get(text);
  if (hit) return hit;
  const words = (fold(text).match(WORD) ?? []).filter(
    (w) => w.length >= 4 && !STOPWORDS.has(w) && !/^\d+$/.test(w),
  );
  // Publications are re-aggregated on every suggestion request: keep their words (bounded).
  if (seen.size >= 20_000) seen.clear();
  seen.set(text, words);
  return words;
}

const seen = new Map<string, string[]>();

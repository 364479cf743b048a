export type TextLanguage = "fr" | "en" | "ar";

const ARABIC_LETTER = /[\u0600-\u06ff]/g;
const LATIN_LETTER = /[a-zà-ÿ]/gi;
// The most frequent function words of each language: a handful of them decide a paragraph.
const FRENCH = new Set(
  "le la les des du de et en un une est dans pour par sur au aux qui que ne pas ces cette nous".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the of and to in is for on with that this we are by from as an be our".split(" "),
);

/**
 * The language a text is mostly written in, from its script and its function words. Corpus
 * statistics keep word rarity per language, so a French word is judged among French texts.
 */
export function detectLanguage(text: string): TextLanguage {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic > latin) return "ar";
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^a-zà-ÿ]+/)) {
    if (FRENCH.has(word)) fr += 1;
    else if (ENGLISH.has(word)) en += 1;
  }
  return fr > en ? "fr" : "en";
}

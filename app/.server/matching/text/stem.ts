import { isArabic } from "./normalize";

/**
 * Light stemming of a folded token, enough to meet plurals and agreement ("réseaux" / "réseau",
 * "médicales" / "médical", "images" / "image", "الصور" / "صورة"). Both sides of every comparison
 * go through it, so a stem only has to be consistent, not a real root.
 */
export function stem(token: string): string {
  return isArabic(token) ? stemArabic(token) : stemLatin(token);
}

function stemLatin(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("eaux")) w = w.slice(0, -1);
  else if (w.endsWith("aux") && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * Arabic glues prepositions to words ("لتحليل" = for analysis). Stripping them always would break
 * words that start with the same letter ("بيانات"), so phrase matching also tries this reading.
 */
export function prefixFreeStem(norm: string): string | undefined {
  if (!isArabic(norm)) return undefined;
  const word = norm.length > 4 && norm.startsWith("و") ? norm.slice(1) : norm;
  if (word.length < 5 || !"بلكف".includes(word[0]!)) return undefined;
  return stemArabic(word.slice(1));
}

// Larkey's light10, the usual light stemmer for Arabic retrieval, on folded text (ة is ه here).
const ARTICLES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

function stemArabic(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith("و")) w = w.slice(1);
  for (const article of ARTICLES) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  }
  return w;
}

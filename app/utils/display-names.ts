import type { Locale } from "./i18n";

const cache = new Map<string, Intl.DisplayNames>();

/** "ary" → "arabe marocain" / "Moroccan Arabic" / "العربية المغربية", from the runtime's ICU data. */
// Names the browsers' ICU data lacks (Chromium shows "ary", "zgh"): fixed here, so the server
// and the browser render the same text (no hydration mismatch).
const FIXED: Record<string, Record<Locale, string>> = {
  ary: { fr: "arabe marocain (darija)", en: "Moroccan Arabic (Darija)", ar: "الدارجة المغربية" },
  zgh: { fr: "amazighe (tamazight)", en: "Tamazight", ar: "الأمازيغية" },
};

export function languageName(code: string, locale: Locale) {
  const fixed = FIXED[code]?.[locale];
  if (fixed) return fixed;
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    cache.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

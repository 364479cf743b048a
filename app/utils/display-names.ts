import type { Locale } from "./i18n";

const cache = new Map<string, Intl.DisplayNames>();

/** "ary" → "arabe marocain" / "Moroccan Arabic" / "العربية المغربية", from the runtime's ICU data. */
export function languageName(code: string, locale: Locale) {
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

// Lists of labels in the reader's language: "français et arabe", "French and Arabic",
// "الفرنسية والعربية" — a Latin ", " reads wrong on an Arabic page.
const formats = new Map<string, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: "conjunction" });
    formats.set(locale, format);
  }
  return format.format(items);
}

/** The comma between parts that are not a list ("EST Laâyoune، العيون"): Arabic has its own. */
export const listSeparator = (locale: string) => (locale === "ar" ? "، " : ", ");

/** The parts of one place or name, empty ones left out: "Leuven, Belgique", "لوفان، بلجيكا". */
export function joinParts(parts: readonly (string | null | undefined)[], locale: string): string {
  return parts.filter(Boolean).join(listSeparator(locale));
}

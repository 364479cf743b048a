import type { Locale } from "~/utils/i18n";

type Titled = { titleFr: string; titleEn?: string | null; titleAr?: string | null };

/** An event's (or session's) title in the reader's language, else French (always given). */
export function localTitle(row: Titled, locale: Locale): string {
  if (locale === "en") return row.titleEn || row.titleFr;
  if (locale === "ar") return row.titleAr || row.titleFr;
  return row.titleFr;
}

import type { Locale } from "~/utils/i18n";

type Titled = { titleFr: string; titleEn?: string | null; titleAr?: string | null };

/** An event's (or session's) title in the reader's language, else French (always given). */
export function localTitle(row: Titled, locale: Locale): string {
  if (locale === "en") return row.titleEn || row.titleFr;
  if (locale === "ar") return row.titleAr || row.titleFr;
  return row.titleFr;
}

/**
 * An event's title for a notice's payload: French, with its English and Arabic titles as
 * `event@en` / `event@ar`, so the inbox and the e-mail name it in the recipient's language.
 */
export function eventTitlePayload(row: Titled): Record<string, string> {
  return {
    event: row.titleFr,
    ...(row.titleEn ? { "event@en": row.titleEn } : {}),
    ...(row.titleAr ? { "event@ar": row.titleAr } : {}),
  };
}

import type { Locale } from "./i18n";

// Dates reach the page as Date objects (single fetch keeps them); these say them in the reader's
// language, in UTC: the server and the browser render the same text, so hydration never disagrees
// about a date near midnight.

export function formatDay(date: Date | null, locale: Locale): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date);
}

import type { Locale } from "~/utils/i18n";

// An event's days and times are shown as the venue's clock reads them. The server works out that
// wall clock ("2030-05-13T09:00", utils/zoned-time) and the page only formats it, in UTC: browsers
// carry their own time-zone data (some still put Morocco at UTC+0), so nothing zoned runs here.

const asUtc = (wallClock: string) =>
  new Date(wallClock.length === 10 ? `${wallClock}T00:00:00Z` : `${wallClock}:00Z`);

/** A calendar day ("2030-05-13") or the day of a wall clock, in the reader's language. */
export function formatEventDay(day: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    asUtc(day),
  );
}

/** "14:00" from a wall clock. */
export function formatEventTime(wallClock: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "UTC" }).format(
    asUtc(wallClock),
  );
}

/** "vendredi 14 mai" from a wall clock. */
export function formatEventWeekday(wallClock: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(asUtc(wallClock));
}

import type { Locale } from "~/utils/i18n";

/** A calendar day of an event ("2030-05-13") in the reader's language; a day has no zone. */
export function formatEventDay(day: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** A time of the programme as the venue's clock reads it. */
export function formatEventTime(instant: Date, timeZone: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(instant);
}

/** The heading of a programme day, in the event's zone. */
export function formatEventWeekday(instant: Date, timeZone: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  }).format(instant);
}

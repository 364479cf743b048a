import ical, { ICalCalendarMethod } from "ical-generator";
import { joinParts } from "~/utils/format-list";
import { type Locale, translator } from "~/utils/i18n";
import type { Agenda } from "./agenda.server";
import { offsetMinutes, wallTime } from "./event-times";
import { localTitle } from "./texts";

const HOUR = 3_600_000;

/**
 * The agenda as iCalendar: programme sessions and meetings, in the event's time zone (TZID with
 * the wall-clock time, and a VTIMEZONE for clients without the zone database). UIDs are the
 * rows' ids, so importing or polling again updates the same entries; SEQUENCE follows the
 * meeting's last publish, so a moved meeting replaces the old one.
 */
export function agendaCalendar(agenda: Agenda, locale: Locale, origin: string): string {
  const t = translator(locale);
  const zone = agenda.event.timeZone;
  const title = localTitle(agenda.event, locale);
  const calendar = ical({
    name: title,
    prodId: { company: "Passerelle", product: "agenda", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const instants = [...agenda.sessions, ...agenda.meetings].flatMap((i) => [i.startsAt, i.endsAt]);
  calendar.timezone({ name: zone, generator: (tz) => vtimezone(tz, instants) });
  const place = joinParts([agenda.event.venue, agenda.event.city], locale);
  for (const s of agenda.sessions) {
    if (s.kind === "meeting_block") continue;
    calendar.createEvent({
      id: `session-${s.id}@passerelle`,
      start: wallTime(s.startsAt, zone),
      end: wallTime(s.endsAt, zone),
      timezone: zone,
      summary: s.speaking
        ? t("agenda.ics.speaking", { title: localTitle(s, locale) })
        : localTitle(s, locale),
      location: joinParts([s.room, place], locale),
    });
  }
  for (const m of agenda.meetings) {
    const who = joinParts([m.counterpart.name, m.counterpart.organization], locale);
    calendar.createEvent({
      id: `meeting-${m.id}@passerelle`,
      sequence: Math.floor(m.updatedAt.getTime() / 1000) - 1_700_000_000,
      start: wallTime(m.startsAt, zone),
      end: wallTime(m.endsAt, zone),
      timezone: zone,
      summary: t("agenda.ics.meeting", { name: m.counterpart.name, table: m.table }),
      location: joinParts([t("agenda.table", { table: m.table }), m.room, place], locale),
      description: [
        t("agenda.ics.with", { who }),
        m.counterpart.email ? t("agenda.ics.contact", { email: m.counterpart.email }) : "",
        `${origin}/events/${agenda.event.slug}/agenda`,
      ]
        .filter(Boolean)
        .join("\n"),
      url: `${origin}/events/${agenda.event.slug}/agenda`,
    });
  }
  return calendar.toString();
}

/**
 * A VTIMEZONE exact over the calendar's own span: one STANDARD block per offset the zone uses
 * from a day before the first item to a day after the last, starting at the change. Generated
 * from the zone database Node ships, so Morocco's Ramadan hour is right, which a yearly rule
 * cannot say.
 */
export function vtimezone(zone: string, instants: Date[]): string {
  const times = instants.map((d) => d.getTime());
  const from = (times.length ? Math.min(...times) : Date.now()) - 24 * HOUR;
  const to = (times.length ? Math.max(...times) : Date.now()) + 24 * HOUR;
  const blocks: { at: Date; before: number; after: number }[] = [];
  let previous = offsetMinutes(new Date(from), zone);
  blocks.push({ at: new Date(from), before: previous, after: previous });
  for (let at = from + HOUR; at <= to; at += HOUR) {
    const offset = offsetMinutes(new Date(at), zone);
    if (offset !== previous) {
      blocks.push({ at: new Date(at), before: previous, after: offset });
      previous = offset;
    }
  }
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  for (const b of blocks) {
    lines.push(
      "BEGIN:STANDARD",
      `DTSTART:${wallTime(b.at, zone).replace(/[-:]/g, "")}`,
      `TZOFFSETFROM:${utcOffset(b.before)}`,
      `TZOFFSETTO:${utcOffset(b.after)}`,
      "END:STANDARD",
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

function utcOffset(minutes: number) {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}${mm}`;
}

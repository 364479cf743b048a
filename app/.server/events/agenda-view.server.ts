import QRCode from "qrcode";
import { joinParts } from "~/utils/format-list";
import { intlLocale, type Locale, translator } from "~/utils/i18n";
import type { Agenda } from "./agenda.server";
import { zoneOfCountry } from "./event-times";
import { localTitle } from "./texts";

/**
 * The agenda as the page shows it, every time already said in the reader's language and in the
 * event's zone (and the reader's own zone when it differs): server and browser render the same
 * text, whatever zone the browser is in.
 */
export async function presentAgenda(
  agenda: Agenda,
  locale: Locale,
  options: { origin: string; now: Date },
) {
  const t = translator(locale);
  const eventZone = agenda.event.timeZone;
  const ownZone = zoneOfCountry(agenda.country);
  const otherZone = ownZone && ownZone !== eventZone ? ownZone : null;
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: eventZone,
  });
  const range = (start: Date, end: Date, timeZone: string) => {
    const f = new Intl.DateTimeFormat(intlLocale(locale), {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    return `${f.format(start)}–${f.format(end)}`;
  };
  const when = (start: Date, end: Date) => ({
    day: day.format(start),
    time: range(start, end, eventZone),
    ownTime: otherZone ? range(start, end, otherZone) : null,
  });
  const { slug } = agenda.event;
  const checkInUrl = `${options.origin}/events/${slug}/check-in/${agenda.registration.id}`;
  return {
    event: {
      slug,
      title: localTitle(agenda.event, locale),
      place: joinParts([agenda.event.venue, agenda.event.city], locale),
      zone: zoneLabel(eventZone, t),
      ownZone: otherZone ? zoneLabel(otherZone, t) : null,
    },
    status: agenda.registration.status,
    sessions: agenda.sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: localTitle(s, locale),
      room: s.room,
      speaking: s.speaking,
      ...when(s.startsAt, s.endsAt),
    })),
    meetings: agenda.meetings.map((m) => ({
      id: m.id,
      table: m.table,
      room: m.room,
      block: localTitle(m.block, locale),
      counterpart: m.counterpart,
      myAttendance: m.myAttendance,
      theirAttendance: m.theirAttendance,
      outcome: m.outcome,
      started: options.now >= m.startsAt,
      ...when(m.startsAt, m.endsAt),
    })),
    feedUrl: `${options.origin}/events/feed/${agenda.registration.feedToken}`,
    icsHref: `/events/${slug}/agenda.ics`,
    checkInUrl,
    qrSvg: await QRCode.toString(checkInUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
  };
}

export type AgendaView = Awaited<ReturnType<typeof presentAgenda>>;

function zoneLabel(zone: string, t: ReturnType<typeof translator>) {
  return zone === "Europe/Brussels" ? t("agenda.zone.brussels") : t("agenda.zone.casablanca");
}

import { and, asc, count, desc, eq, ilike, inArray, isNotNull } from "drizzle-orm";
import { slotCount, slotStart } from "~/utils/event-slots";
import type { Locale } from "~/utils/i18n";
import { toWallClock, wallDay } from "~/utils/zoned-time";
import type { Executor } from "../../../db/client";
import {
  type Event,
  eventAvailability,
  eventRegistrations,
  eventSectors,
  eventSessionSpeakers,
  eventSessions,
  events,
  organizations,
  people,
  sectors,
} from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import type { EventAccess } from "./access.server";

/** The event's text in the reader's language, French when it has none. */
export function localized(
  row: { titleFr: string; titleEn: string | null; titleAr: string | null },
  locale: Locale,
) {
  return (locale === "en" ? row.titleEn : locale === "ar" ? row.titleAr : null) || row.titleFr;
}
function description(event: Event, locale: Locale) {
  return (
    (locale === "en" ? event.descriptionEn : locale === "ar" ? event.descriptionAr : null) ||
    event.descriptionFr
  );
}

async function registeredCounts(db: Executor, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ eventId: eventRegistrations.eventId, n: count() })
    .from(eventRegistrations)
    .where(
      and(
        inArray(eventRegistrations.eventId, eventIds),
        eq(eventRegistrations.status, "registered"),
      ),
    )
    .groupBy(eventRegistrations.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

/** /events: upcoming first (soonest first), then past (latest first); drafts for staff only. */
export async function listEvents(db: Executor, actor: Actor, locale: Locale, now = new Date()) {
  const rows = await db
    .select()
    .from(events)
    .where(isStaff(actor) ? undefined : isNotNull(events.publishedAt))
    .orderBy(asc(events.startsOn));
  const counts = await registeredCounts(
    db,
    rows.map((e) => e.id),
  );
  const shown = rows.map((e) => ({
    slug: e.slug,
    kind: e.kind,
    title: localized(e, locale),
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    city: e.city,
    venue: e.venue,
    draft: !e.publishedAt,
    registered: counts.get(e.id) ?? 0,
    capacity: e.capacity,
    past: e.endsOn < wallDay(now, e.timeZone),
  }));
  return {
    upcoming: shown.filter((e) => !e.past),
    past: shown.filter((e) => e.past).reverse(),
  };
}

/** Everything the event page shows, for whoever may see it (access already checked). */
export async function loadEventPage(db: Executor, access: EventAccess, locale: Locale) {
  const { event, registration } = access;
  const [host, sectorRows, sessions, [counts], availability] = await Promise.all([
    event.hostOrganizationId
      ? db
          .select({ name: organizations.name, slug: organizations.slug })
          .from(organizations)
          .where(eq(organizations.id, event.hostOrganizationId))
          .then((r) => r[0] ?? null)
      : null,
    db
      .select({
        id: sectors.id,
        labelFr: sectors.labelFr,
        labelEn: sectors.labelEn,
        labelAr: sectors.labelAr,
      })
      .from(eventSectors)
      .innerJoin(sectors, eq(sectors.id, eventSectors.sectorId))
      .where(eq(eventSectors.eventId, event.id)),
    db
      .select()
      .from(eventSessions)
      .where(eq(eventSessions.eventId, event.id))
      .orderBy(asc(eventSessions.startsAt), asc(eventSessions.room)),
    db
      .select({ n: count() })
      .from(eventRegistrations)
      .where(
        and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "registered")),
      ),
    registration
      ? db
          .select({
            sessionId: eventAvailability.sessionId,
            slotIndex: eventAvailability.slotIndex,
          })
          .from(eventAvailability)
          .where(eq(eventAvailability.registrationId, registration.id))
      : [],
  ]);
  const speakers = sessions.length
    ? await db
        .select({
          sessionId: eventSessionSpeakers.sessionId,
          id: people.id,
          name: people.fullName,
          slug: people.slug,
        })
        .from(eventSessionSpeakers)
        .innerJoin(people, eq(people.id, eventSessionSpeakers.personId))
        .where(
          inArray(
            eventSessionSpeakers.sessionId,
            sessions.map((s) => s.id),
          ),
        )
        .orderBy(asc(people.fullName))
    : [];
  const label = (s: { labelFr: string; labelEn: string; labelAr: string }) =>
    locale === "en" ? s.labelEn : locale === "ar" ? s.labelAr : s.labelFr;
  return {
    slug: event.slug,
    kind: event.kind,
    title: localized(event, locale),
    description: description(event, locale),
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    city: event.city,
    venue: event.venue,
    host,
    languages: event.languages,
    sectors: sectorRows.map((s) => ({ id: s.id, label: label(s) })),
    capacity: event.capacity,
    registered: counts?.n ?? 0,
    published: !!event.publishedAt,
    registrationOpen: event.registrationOpen,
    past: event.endsOn < wallDay(new Date(), event.timeZone),
    sessions: sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: localized(s, locale),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room,
      slotMinutes: s.slotMinutes,
      tables: s.tables,
      slots: slotCount(s),
      // The venue's clock, read here: browsers' time-zone data differ (Morocco's offset), and
      // the page must say the same on the server and after hydration.
      startsLocal: toWallClock(s.startsAt, event.timeZone),
      endsLocal: toWallClock(s.endsAt, event.timeZone),
      slotStarts: Array.from({ length: slotCount(s) }, (_, i) =>
        toWallClock(slotStart(s, i), event.timeZone),
      ),
      speakers: speakers
        .filter((p) => p.sessionId === s.id)
        .map(({ id, name, slug }) => ({ id, name, slug })),
    })),
    registration: registration && {
      status: registration.status,
      role: registration.role,
      offers: registration.offers,
      needs: registration.needs,
      note: registration.note,
      availability: availability.map((a) => `${a.sessionId}:${a.slotIndex}`),
    },
    canOrganise: access.canOrganise,
  };
}
export type EventPage = Awaited<ReturnType<typeof loadEventPage>>;

/** The event's editable fields, as the edit form's default values. */
export async function loadEventForEditing(db: Executor, event: Event) {
  const sectorRows = await db
    .select({ id: eventSectors.sectorId })
    .from(eventSectors)
    .where(eq(eventSectors.eventId, event.id));
  return {
    kind: event.kind,
    titleFr: event.titleFr,
    titleEn: event.titleEn ?? "",
    titleAr: event.titleAr ?? "",
    descriptionFr: event.descriptionFr,
    descriptionEn: event.descriptionEn ?? "",
    descriptionAr: event.descriptionAr ?? "",
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    city: event.city,
    venue: event.venue,
    hostOrganizationId: event.hostOrganizationId ?? "",
    languages: event.languages,
    sectors: sectorRows.map((s) => s.id),
    capacity: event.capacity === null ? "" : String(event.capacity),
    requestExpiryHours: String(event.requestExpiryHours),
    openRequestCap: String(event.openRequestCap),
  };
}

/** The choices of the event form: sectors and the directory's organizations. */
export async function eventFormOptions(db: Executor, locale: Locale) {
  const [sectorRows, orgs] = await Promise.all([
    db.select().from(sectors).orderBy(asc(sectors.id)),
    db
      .select({ id: organizations.id, name: organizations.name, city: organizations.city })
      .from(organizations)
      .orderBy(asc(organizations.name))
      .limit(2000),
  ]);
  return {
    sectors: sectorRows.map((s) => ({
      value: s.id,
      label: locale === "en" ? s.labelEn : locale === "ar" ? s.labelAr : s.labelFr,
    })),
    organizations: orgs.map((o) => ({ value: o.id, label: `${o.name} (${o.city})` })),
  };
}

/** People of the network whose name matches, for picking speakers. */
export async function findSpeakerCandidates(db: Executor, q: string) {
  const term = q.trim();
  if (term.length < 2) return [];
  return db
    .select({ id: people.id, name: people.fullName, slug: people.slug, headline: people.headline })
    .from(people)
    .where(ilike(people.fullName, `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`))
    .orderBy(desc(people.verification), asc(people.fullName))
    .limit(10);
}

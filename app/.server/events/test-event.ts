import { randomBytes } from "node:crypto";
import type { Database } from "../../../db/client";
import {
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessionSpeakers,
  eventSessions,
  events,
} from "../../../db/schema";

const MINUTE = 60_000;
const token = () => randomBytes(20).toString("base64url");

/**
 * A published event with what the agenda reads, written straight into the tables the events
 * branches own (registration, requests and planning are not this module's): a plenary where `a`
 * speaks, a meeting block that started an hour ago and one that starts in 20 minutes, both with
 * 30-minute slots. `a` met `b` (slot 0, table 3, past); `a` meets `c` soon (table 5); `c`'s own
 * request to `a` is accepted but only drafted, never published. Used by the Vitest suites and
 * the Playwright spec (e2e/event-agenda.spec.ts).
 */
export async function insertAgendaEvent(
  db: Database,
  input: {
    slug: string;
    a: string;
    b: string;
    c: string;
    organiser?: string;
    now?: Date;
    timeZone?: "Africa/Casablanca" | "Europe/Brussels";
  },
) {
  const now = input.now ?? new Date();
  // Whole minutes, as an organiser's programme has.
  const base = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const at = (minutes: number) => new Date(base + minutes * MINUTE);
  const day = now.toISOString().slice(0, 10);
  const [event] = await db
    .insert(events)
    .values({
      slug: input.slug,
      kind: "master_class",
      titleFr: "Master class IA appliquée",
      titleEn: "Applied AI master class",
      titleAr: "ماستر كلاس الذكاء الاصطناعي التطبيقي",
      startsOn: day,
      endsOn: day,
      timeZone: input.timeZone ?? "Africa/Casablanca",
      city: "Laâyoune",
      venue: "EST Laâyoune",
      languages: ["fr", "ar"],
      publishedAt: at(-7 * 24 * 60),
    })
    .returning();
  const eventId = event!.id;
  const [plenary, pastBlock, soonBlock] = await db
    .insert(eventSessions)
    .values([
      {
        eventId,
        kind: "plenary",
        titleFr: "Ouverture",
        titleEn: "Opening",
        startsAt: at(-180),
        endsAt: at(-120),
        room: "Amphi A",
      },
      {
        eventId,
        kind: "meeting_block",
        titleFr: "Rencontres du matin",
        startsAt: at(-60),
        endsAt: at(0),
        room: "Hall B",
        slotMinutes: 30,
        tables: 10,
      },
      {
        eventId,
        kind: "meeting_block",
        titleFr: "Rencontres de l'après-midi",
        startsAt: at(20),
        endsAt: at(80),
        room: "Hall B",
        slotMinutes: 30,
        tables: 10,
      },
    ])
    .returning();
  await db.insert(eventSessionSpeakers).values({ sessionId: plenary!.id, personId: input.a });
  const people = [input.a, input.b, input.c, ...(input.organiser ? [input.organiser] : [])];
  const registrations = await db
    .insert(eventRegistrations)
    .values(
      people.map((personId, i) => ({
        eventId,
        personId,
        role: i === 3 ? ("organiser" as const) : ("participant" as const),
        feedToken: token(),
      })),
    )
    .returning();
  const [ra, rb, rc] = registrations;
  const requests = await db
    .insert(eventMeetingRequests)
    .values(
      (
        [
          [ra!, rb!],
          [ra!, rc!],
          [rc!, ra!],
        ] as const
      ).map(([from, to]) => ({
        eventId,
        fromRegistrationId: from.id,
        toRegistrationId: to.id,
        purpose: "internship" as const,
        status: "accepted" as const,
        expiresAt: at(24 * 60),
        answeredAt: at(-24 * 60),
      })),
    )
    .returning();
  const place = (sessionId: string, table: number) => ({
    sessionId,
    slotIndex: 0,
    tableNumber: table,
    publishedSessionId: sessionId,
    publishedSlotIndex: 0,
    publishedTableNumber: table,
    publishedAt: at(-24 * 60),
  });
  const [held, soon, draft] = await db
    .insert(eventMeetings)
    .values([
      { eventId, requestId: requests[0]!.id, ...place(pastBlock!.id, 3) },
      { eventId, requestId: requests[1]!.id, ...place(soonBlock!.id, 5) },
      {
        eventId,
        requestId: requests[2]!.id,
        sessionId: soonBlock!.id,
        slotIndex: 1,
        tableNumber: 1,
      },
    ])
    .returning();
  return {
    event: event!,
    sessions: { plenary: plenary!, pastBlock: pastBlock!, soonBlock: soonBlock! },
    registrations: { a: ra!, b: rb!, c: rc!, organiser: registrations[3] ?? null },
    meetings: { held: held!, soon: soon!, draft: draft! },
  };
}

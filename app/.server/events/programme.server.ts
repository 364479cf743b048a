import { and, eq, gt, lt } from "drizzle-orm";
import type { SessionFields } from "~/utils/event-validation";
import { fromWallClock } from "~/utils/zoned-time";
import type { Executor } from "../../../db/client";
import { eventSessionSpeakers, eventSessions, people } from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { requireEventOrganiser } from "./access.server";

/**
 * Adds an item to the programme. Times are the venue's wall clock, stored as instants; an item
 * (parsed by SessionSchema at the edge) outside the event's days, or in a room already taken at that time, is refused on its field.
 */
export async function addSession(db: Executor, actor: Actor, slug: string, s: SessionFields) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  if (s.startsAt.slice(0, 10) < event.startsOn || s.endsAt.slice(0, 10) > event.endsOn) {
    throw new DomainError("invalid_input", "events.form.outsideEvent", {
      field: "startsAt",
      params: { start: event.startsOn, end: event.endsOn },
    });
  }
  const startsAt = fromWallClock(s.startsAt, event.timeZone);
  const endsAt = fromWallClock(s.endsAt, event.timeZone);
  const block = s.kind === "meeting_block";
  if (block && (endsAt.getTime() - startsAt.getTime()) / 60_000 < (s.slotMinutes ?? 0)) {
    throw new DomainError("invalid_input", "events.form.blockShorterThanSlot", {
      field: "slotMinutes",
    });
  }
  return db.transaction(async (tx) => {
    if (s.room) {
      const [clash] = await tx
        .select({ title: eventSessions.titleFr })
        .from(eventSessions)
        .where(
          and(
            eq(eventSessions.eventId, event.id),
            eq(eventSessions.room, s.room),
            lt(eventSessions.startsAt, endsAt),
            gt(eventSessions.endsAt, startsAt),
          ),
        )
        .limit(1);
      if (clash)
        throw new DomainError("invalid_input", "events.form.roomTaken", {
          field: "room",
          params: { title: clash.title },
        });
    }
    const [created] = await tx
      .insert(eventSessions)
      .values({
        eventId: event.id,
        kind: s.kind,
        titleFr: s.titleFr,
        titleEn: s.titleEn,
        titleAr: s.titleAr,
        startsAt,
        endsAt,
        room: s.room,
        slotMinutes: block ? s.slotMinutes : null,
        tables: block ? s.tables : null,
      })
      .returning({ id: eventSessions.id });
    return { sessionId: created!.id };
  });
}

/** The session, if it belongs to the event the actor runs. */
async function sessionOfEvent(db: Executor, eventId: string, sessionId: string) {
  const [session] = await db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)));
  if (!session) throw new DomainError("not_found", "events.error.not_found");
  return session;
}

export async function removeSession(db: Executor, actor: Actor, slug: string, sessionId: string) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  await sessionOfEvent(db, event.id, sessionId);
  await db.delete(eventSessions).where(eq(eventSessions.id, sessionId));
}

/** A speaker is a person of the network, linked to their profile on the programme. */
export async function setSpeaker(
  db: Executor,
  actor: Actor,
  slug: string,
  input: { sessionId: string; personId: string; on: boolean },
) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  await sessionOfEvent(db, event.id, input.sessionId);
  const link = { sessionId: input.sessionId, personId: input.personId };
  if (!input.on) {
    await db
      .delete(eventSessionSpeakers)
      .where(
        and(
          eq(eventSessionSpeakers.sessionId, input.sessionId),
          eq(eventSessionSpeakers.personId, input.personId),
        ),
      );
    return;
  }
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.id, input.personId));
  if (!person) throw new DomainError("invalid_input", "form.invalidChoice");
  await db.insert(eventSessionSpeakers).values(link).onConflictDoNothing();
}

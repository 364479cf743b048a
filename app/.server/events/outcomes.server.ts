import { and, eq, sql } from "drizzle-orm";
import type { AttendanceMark, MeetingOutcome } from "~/vocabulary/events";
import type { ConventionKind } from "~/vocabulary/offers";
import type { Executor } from "../../../db/client";
import {
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventSessions,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { loadEventAccess } from "./access.server";
import { slotTimes } from "./event-times";

/**
 * The actor's side of a published meeting of this event, and whether it has started. Anyone
 * who is not one of its two sides gets "not found", whatever their role.
 */
async function mySide(db: Executor, actor: Actor, slug: string, meetingId: string) {
  const { registration } = await loadEventAccess(db, actor, slug);
  if (!registration) throw new DomainError("not_found", "events.error.not_found");
  const [row] = await db
    .select({
      meeting: eventMeetings,
      from: eventMeetingRequests.fromRegistrationId,
      to: eventMeetingRequests.toRegistrationId,
      block: eventSessions,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.publishedSessionId))
    .where(and(eq(eventMeetings.id, meetingId), eq(eventMeetings.eventId, registration.eventId)))
    .limit(1);
  const side = row?.from === registration.id ? "from" : row?.to === registration.id ? "to" : null;
  if (!row || !side) throw new DomainError("not_found", "events.error.not_found");
  const { startsAt } = slotTimes(row.block, row.meeting.publishedSlotIndex ?? 0);
  return { meeting: row.meeting, side, registrationId: registration.id, startsAt };
}

/** A side says the meeting took place, or that the other did not come: only once it started. */
export async function markAttendance(
  db: Executor,
  actor: Actor,
  slug: string,
  input: { meetingId: string; mark: AttendanceMark },
  now = new Date(),
) {
  const { side, registrationId, startsAt } = await mySide(db, actor, slug, input.meetingId);
  if (now < startsAt) {
    throw new DomainError("invalid_transition", "agenda.error.notStarted");
  }
  await db.transaction(async (tx) => {
    await tx
      .update(eventMeetings)
      .set(
        side === "from"
          ? { fromAttendance: input.mark, updatedAt: now }
          : { toAttendance: input.mark, updatedAt: now },
      )
      .where(eq(eventMeetings.id, input.meetingId));
    // The outcome question is about a meeting that took place.
    if (input.mark === "no_show") {
      await tx
        .delete(eventMeetingOutcomes)
        .where(
          and(
            eq(eventMeetingOutcomes.meetingId, input.meetingId),
            eq(eventMeetingOutcomes.registrationId, registrationId),
          ),
        );
    }
  });
}

/** A side's answer to "what came out of it?", after marking it held; answering again replaces it. */
export async function answerOutcome(
  db: Executor,
  actor: Actor,
  slug: string,
  input: {
    meetingId: string;
    outcome: MeetingOutcome;
    agreementKind?: ConventionKind | null;
    note?: string;
  },
  now = new Date(),
) {
  const { meeting, side, registrationId } = await mySide(db, actor, slug, input.meetingId);
  const held = side === "from" ? meeting.fromAttendance : meeting.toAttendance;
  if (held !== "held") throw new DomainError("invalid_transition", "agenda.error.notHeld");
  const agreement = input.outcome === "agreement_reached";
  if (agreement && !input.agreementKind) {
    throw new DomainError("invalid_input", "agenda.error.kindRequired", {
      field: "agreementKind",
    });
  }
  const values = {
    outcome: input.outcome,
    agreementKind: agreement ? (input.agreementKind ?? null) : null,
    note: input.note ?? "",
    answeredAt: now,
  };
  await db
    .insert(eventMeetingOutcomes)
    .values({ meetingId: input.meetingId, registrationId, ...values })
    .onConflictDoUpdate({
      target: [eventMeetingOutcomes.meetingId, eventMeetingOutcomes.registrationId],
      set: { ...values, answeredAt: sql`excluded.answered_at` },
    });
}

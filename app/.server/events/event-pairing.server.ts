import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  events,
} from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { type ConflictWarning, proposePairing } from "../pairings";
import { requireEventOrganiser } from "./access.server";

export type OpenPairingResult =
  | { status: "needs_confirmation"; warnings: ConflictWarning[] }
  | { status: "opened" | "already_open"; pairingId: string };

/**
 * A coordinator turns a meeting's agreement into a pairing of the pipeline, person–person, for
 * the convention kind the sides named (the requester's answer first), with a note naming the
 * event. Once only: the meeting row is locked while it is checked and linked, so a double click
 * or two coordinators at once open one pairing.
 */
export async function openPairingFromMeeting(
  db: Executor,
  actor: Actor,
  slug: string,
  input: { meetingId: string; acknowledgeConflicts?: boolean; note: (title: string) => string },
): Promise<OpenPairingResult> {
  const { event } = await requireEventOrganiser(db, actor, slug);
  if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select()
      .from(eventMeetings)
      .where(and(eq(eventMeetings.id, input.meetingId), eq(eventMeetings.eventId, event.id)))
      .for("update");
    if (!meeting) throw new DomainError("not_found", "events.error.not_found");
    if (meeting.pairingId) return { status: "already_open", pairingId: meeting.pairingId };
    const [request] = await tx
      .select()
      .from(eventMeetingRequests)
      .where(eq(eventMeetingRequests.id, meeting.requestId));
    const sides = await tx
      .select({ id: eventRegistrations.id, personId: eventRegistrations.personId })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, event.id));
    const personOf = new Map(sides.map((s) => [s.id, s.personId]));
    const agreements = await tx
      .select({
        registrationId: eventMeetingOutcomes.registrationId,
        kind: eventMeetingOutcomes.agreementKind,
      })
      .from(eventMeetingOutcomes)
      .where(
        and(
          eq(eventMeetingOutcomes.meetingId, meeting.id),
          eq(eventMeetingOutcomes.outcome, "agreement_reached"),
        ),
      )
      .orderBy(asc(eventMeetingOutcomes.answeredAt));
    const first =
      agreements.find((a) => a.registrationId === request?.fromRegistrationId) ?? agreements[0];
    const a = request && personOf.get(request.fromRegistrationId);
    const b = request && personOf.get(request.toRegistrationId);
    if (!first?.kind || !a || !b) {
      throw new DomainError("invalid_transition", "eventDash.error.noAgreement");
    }
    const result = await proposePairing(tx, actor, {
      sideA: { type: "person", id: a },
      sideB: { type: "person", id: b },
      purpose: first.kind,
      note: input.note(event.titleFr),
      acknowledgeConflicts: input.acknowledgeConflicts ?? false,
    });
    if (result.status === "needs_confirmation") return result;
    await tx
      .update(eventMeetings)
      .set({ pairingId: result.pairingId, updatedAt: new Date() })
      .where(eq(eventMeetings.id, meeting.id));
    return { status: "opened", pairingId: result.pairingId };
  });
}

/** The event a pairing was opened from, for its page ("From event X"); null for the others. */
export async function eventOfPairing(db: Executor, pairingId: string) {
  const [row] = await db
    .select({
      slug: events.slug,
      titleFr: events.titleFr,
      titleEn: events.titleEn,
      titleAr: events.titleAr,
    })
    .from(eventMeetings)
    .innerJoin(events, eq(events.id, eventMeetings.eventId))
    .where(eq(eventMeetings.pairingId, pairingId))
    .limit(1);
  return row ?? null;
}

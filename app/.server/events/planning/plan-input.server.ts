import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../../db/client";
import {
  eventAvailability,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessions,
} from "../../../../db/schema";
import type { PlannerInput, PlannerMeeting, PlannerSlot, SlotRef } from "../planner";

/** A meeting block's slots, from its times, slot length and tables (nothing stores slots). */
export function slotsOfBlock(block: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number | null;
  tables: number | null;
}): PlannerSlot[] {
  if (!block.slotMinutes || !block.tables) return [];
  const length = block.slotMinutes * 60_000;
  const count = Math.floor((block.endsAt.getTime() - block.startsAt.getTime()) / length);
  return Array.from({ length: count }, (_, slotIndex) => ({
    sessionId: block.id,
    slotIndex,
    startsAt: block.startsAt.getTime() + slotIndex * length,
    tables: block.tables!,
  }));
}

export async function loadMeetingBlocks(db: Executor, eventId: string) {
  return db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.kind, "meeting_block")))
    .orderBy(asc(eventSessions.startsAt));
}

/**
 * The meetings to plan: every accepted request of the event (a meeting row is made for any that
 * has none yet, so the planner never misses one), with its sides, must-meet mark and lock.
 */
export async function loadPlanInput(db: Executor, eventId: string): Promise<PlannerInput> {
  await db.execute(sql`
    insert into event_meetings (event_id, request_id)
    select r.event_id, r.id from event_meeting_requests r
    where r.event_id = ${eventId} and r.status = 'accepted'
    on conflict (request_id) do nothing`);
  const blocks = await loadMeetingBlocks(db, eventId);
  const rows = await db
    .select({
      id: eventMeetings.id,
      from: eventMeetingRequests.fromRegistrationId,
      to: eventMeetingRequests.toRegistrationId,
      mustMeet: eventMeetingRequests.mustMeet,
      locked: eventMeetings.locked,
      sessionId: eventMeetings.sessionId,
      slotIndex: eventMeetings.slotIndex,
      tableNumber: eventMeetings.tableNumber,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .where(and(eq(eventMeetings.eventId, eventId), eq(eventMeetingRequests.status, "accepted")))
    .orderBy(asc(eventMeetings.createdAt), asc(eventMeetings.id));
  const meetings: PlannerMeeting[] = rows.map((r) => ({
    id: r.id,
    from: r.from,
    to: r.to,
    mustMeet: r.mustMeet,
    locked:
      r.locked && r.sessionId !== null && r.slotIndex !== null && r.tableNumber !== null
        ? { sessionId: r.sessionId, slotIndex: r.slotIndex, tableNumber: r.tableNumber }
        : null,
  }));
  const registrations = [...new Set(meetings.flatMap((m) => [m.from, m.to]))];
  const availability = new Map<string, SlotRef[]>();
  if (registrations.length > 0) {
    // A cancelled or waitlisted registration has no slot: its meetings stay unplaced.
    const available = await db
      .select({
        registrationId: eventAvailability.registrationId,
        sessionId: eventAvailability.sessionId,
        slotIndex: eventAvailability.slotIndex,
      })
      .from(eventAvailability)
      .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventAvailability.registrationId))
      .where(
        and(
          inArray(eventAvailability.registrationId, registrations),
          eq(eventRegistrations.status, "registered"),
        ),
      );
    for (const a of available) {
      const list = availability.get(a.registrationId) ?? [];
      list.push({ sessionId: a.sessionId, slotIndex: a.slotIndex });
      availability.set(a.registrationId, list);
    }
  }
  return { slots: blocks.flatMap(slotsOfBlock), meetings, availability };
}

import { and, eq, inArray } from "drizzle-orm";
import { toWallClock } from "~/utils/zoned-time";
import type { Database } from "../../../../db/client";
import {
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessions,
  people,
} from "../../../../db/schema";
import type { Actor } from "../../actor";
import { notify } from "../../notices";
import { requireEventOrganiser } from "../access.server";
import { slotTimes } from "../event-times";
import { eventTitlePayload } from "../texts";

export type MeetingNoticeKind =
  | "event.meeting_scheduled"
  | "event.meeting_moved"
  | "event.meeting_unscheduled";

/** What a publish changed for participants, by kind of notice sent to both sides. */
export type PublishSummary = Record<MeetingNoticeKind, number>;

const samePlace = (
  a: { sessionId: string | null; slotIndex: number | null; tableNumber: number | null },
  b: { sessionId: string | null; slotIndex: number | null; tableNumber: number | null },
) => a.sessionId === b.sessionId && a.slotIndex === b.slotIndex && a.tableNumber === b.tableNumber;

/**
 * "Publier": the draft places become the places participants see. Both sides of every meeting
 * whose published place changed are told (scheduled, moved or unscheduled), in the same
 * transaction; a moved meeting will be reminded again.
 */
export async function publishEventPlan(
  db: Database,
  actor: Actor,
  slug: string,
  now = new Date(),
): Promise<PublishSummary> {
  const { event } = await requireEventOrganiser(db, actor, slug);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: eventMeetings.id,
        sessionId: eventMeetings.sessionId,
        slotIndex: eventMeetings.slotIndex,
        tableNumber: eventMeetings.tableNumber,
        publishedSessionId: eventMeetings.publishedSessionId,
        publishedSlotIndex: eventMeetings.publishedSlotIndex,
        publishedTableNumber: eventMeetings.publishedTableNumber,
        from: eventMeetingRequests.fromRegistrationId,
        to: eventMeetingRequests.toRegistrationId,
      })
      .from(eventMeetings)
      .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
      .where(eq(eventMeetings.eventId, event.id))
      .for("update", { of: eventMeetings });
    const changed = rows.filter(
      (r) =>
        !samePlace(r, {
          sessionId: r.publishedSessionId,
          slotIndex: r.publishedSlotIndex,
          tableNumber: r.publishedTableNumber,
        }),
    );
    const summary: PublishSummary = {
      "event.meeting_scheduled": 0,
      "event.meeting_moved": 0,
      "event.meeting_unscheduled": 0,
    };
    if (changed.length === 0) return summary;

    const registrationIds = [...new Set(changed.flatMap((r) => [r.from, r.to]))];
    const sides = await tx
      .select({ id: eventRegistrations.id, userId: people.userId, name: people.fullName })
      .from(eventRegistrations)
      .innerJoin(people, eq(people.id, eventRegistrations.personId))
      .where(inArray(eventRegistrations.id, registrationIds));
    const side = new Map(sides.map((s) => [s.id, s]));
    const blocks = await tx
      .select()
      .from(eventSessions)
      .where(and(eq(eventSessions.eventId, event.id), eq(eventSessions.kind, "meeting_block")));
    const blockById = new Map(blocks.map((b) => [b.id, b]));
    const timeOf = (sessionId: string, slotIndex: number) => {
      const block = blockById.get(sessionId);
      if (!block?.slotMinutes) return "";
      return toWallClock(slotTimes(block, slotIndex).startsAt, event.timeZone).replace("T", " ");
    };

    for (const r of changed) {
      await tx
        .update(eventMeetings)
        .set({
          publishedSessionId: r.sessionId,
          publishedSlotIndex: r.slotIndex,
          publishedTableNumber: r.tableNumber,
          publishedAt: r.sessionId ? now : null,
          reminderSentAt: null,
          updatedAt: now,
        })
        .where(eq(eventMeetings.id, r.id));
      const kind: MeetingNoticeKind = !r.sessionId
        ? "event.meeting_unscheduled"
        : r.publishedSessionId
          ? "event.meeting_moved"
          : "event.meeting_scheduled";
      summary[kind] += 1;
      const time = r.sessionId ? timeOf(r.sessionId, r.slotIndex!) : "";
      const notices = [
        [r.from, r.to],
        [r.to, r.from],
      ].flatMap(([me, other]) => {
        const userId = side.get(me!)?.userId;
        if (!userId) return [];
        return [
          {
            userId,
            kind,
            payload: {
              ...eventTitlePayload(event),
              counterpart: side.get(other!)?.name ?? "—",
              time,
              table: r.tableNumber,
            },
            link: `/events/${event.slug}`,
          },
        ];
      });
      // One call per meeting: notify() tells a person once per call, and each meeting counts.
      await notify(tx, notices, actor.userId);
    }
    return summary;
  });
}

import { and, eq } from "drizzle-orm";
import type { Database } from "../../../../db/client";
import { eventMeetings } from "../../../../db/schema";
import type { Actor } from "../../actor";
import { DomainError } from "../../domain-error";
import { requireEventOrganiser } from "../access.server";

/** Lock a meeting at its draft place (kept by every re-plan), or unlock it. */
export async function setMeetingLock(
  db: Database,
  actor: Actor,
  input: { slug: string; meetingId: string; locked: boolean },
) {
  const { event } = await requireEventOrganiser(db, actor, input.slug);
  const [meeting] = await db
    .select({ id: eventMeetings.id, sessionId: eventMeetings.sessionId })
    .from(eventMeetings)
    .where(and(eq(eventMeetings.id, input.meetingId), eq(eventMeetings.eventId, event.id)));
  if (!meeting) throw new DomainError("not_found", "events.plan.error.meeting_not_found");
  if (input.locked && !meeting.sessionId) {
    throw new DomainError("invalid_transition", "events.plan.error.lock_unplaced");
  }
  await db
    .update(eventMeetings)
    .set({ locked: input.locked, updatedAt: new Date() })
    .where(eq(eventMeetings.id, meeting.id));
}

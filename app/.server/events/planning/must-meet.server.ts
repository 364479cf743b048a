import { and, eq } from "drizzle-orm";
import type { Database } from "../../../../db/client";
import { eventMeetings } from "../../../../db/schema";
import type { Actor } from "../../actor";
import { DomainError } from "../../domain-error";
import { requireEventOrganiser } from "../access.server";
import { actOnMeetingRequest } from "../meeting-requests.server";

/**
 * The organiser marks an accepted meeting "must meet" (the planner places those first), or
 * removes the mark. Organisers only, whoever the pair is: a participant marks their own requests
 * from their meetings page.
 */
export async function setMeetingMustMeet(
  db: Database,
  actor: Actor,
  input: { slug: string; meetingId: string; on: boolean },
) {
  const { event } = await requireEventOrganiser(db, actor, input.slug);
  const [meeting] = await db
    .select({ requestId: eventMeetings.requestId })
    .from(eventMeetings)
    .where(and(eq(eventMeetings.id, input.meetingId), eq(eventMeetings.eventId, event.id)));
  if (!meeting) throw new DomainError("not_found", "events.plan.error.meeting_not_found");
  await actOnMeetingRequest(db, actor, input.slug, {
    intent: "mustMeet",
    requestId: meeting.requestId,
    on: input.on,
  });
}

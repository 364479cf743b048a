import { asc, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipEvents, mentorshipRequests } from "../../../db/schema";

/**
 * The person's mentorship requests, sent or received, with their exchange, for the account data
 * export (docs/decisions/007-account-deletion.md). Deleting the profile deletes them (cascade).
 */
export async function exportMentorshipRequests(db: Executor, personId: string) {
  const r = mentorshipRequests;
  const rows = await db
    .select()
    .from(r)
    .where(or(eq(r.studentId, personId), eq(r.mentorId, personId)))
    .orderBy(asc(r.createdAt));
  const events = rows.length
    ? await db
        .select({
          requestId: mentorshipEvents.requestId,
          kind: mentorshipEvents.kind,
          body: mentorshipEvents.body,
          createdAt: mentorshipEvents.createdAt,
        })
        .from(mentorshipEvents)
        .where(
          inArray(
            mentorshipEvents.requestId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(mentorshipEvents.createdAt), asc(mentorshipEvents.id))
    : [];
  return rows.map((row) => ({
    role: row.studentId === personId ? "student" : "mentor",
    goal: row.goal,
    status: row.status,
    message: row.message,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    respondedAt: row.respondedAt,
    closedAt: row.closedAt,
    history: events.filter((e) => e.requestId === row.id).map(({ requestId: _, ...e }) => e),
  }));
}

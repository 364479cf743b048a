import { and, count, eq, gt, isNull, max } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipRequests, people } from "../../../db/schema";
import { enqueueIndexing } from "../../../search/outbox";
import { notifyMentorship } from "./notify.server";

/** After this many requests in a row expire without any answer, mentoring is paused. */
export const EXPIRIES_BEFORE_PAUSE = 3;

/**
 * Requests that expired without the mentor ever answering, since the mentor last answered one
 * and since their last automatic pause (reopening starts a new streak).
 */
export async function unansweredExpiryStreak(tx: Executor, mentorId: string): Promise<number> {
  const [[person], [lastAnswer]] = await Promise.all([
    tx
      .select({ pausedAt: people.mentoringAutoPausedAt })
      .from(people)
      .where(eq(people.id, mentorId)),
    tx
      .select({ at: max(mentorshipRequests.respondedAt) })
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.mentorId, mentorId)),
  ]);
  const since = [person?.pausedAt, lastAnswer?.at]
    .filter((d): d is Date => d instanceof Date)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const [row] = await tx
    .select({ n: count() })
    .from(mentorshipRequests)
    .where(
      and(
        eq(mentorshipRequests.mentorId, mentorId),
        eq(mentorshipRequests.status, "expired"),
        isNull(mentorshipRequests.respondedAt),
        since ? gt(mentorshipRequests.closedAt, since) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Pauses the mentor's mentoring when the streak reached the threshold and it is still open: the
 * profile leaves the "open to mentoring" results (search outbox row in the same transaction) and
 * the mentor is told why and how to reopen. Returns whether it paused.
 */
export async function pauseIfUnresponsive(
  tx: Executor,
  mentorId: string,
  now: Date,
): Promise<boolean> {
  if ((await unansweredExpiryStreak(tx, mentorId)) < EXPIRIES_BEFORE_PAUSE) return false;
  const [paused] = await tx
    .update(people)
    .set({ mentoringStatus: "paused", mentoringAutoPausedAt: now, updatedAt: now })
    .where(and(eq(people.id, mentorId), eq(people.mentoringStatus, "open")))
    .returning({ name: people.fullName });
  if (!paused) return false;
  await enqueueIndexing(tx, "person", [mentorId]);
  await notifyMentorship(tx, {
    kind: "paused",
    recipientPersonId: mentorId,
    requestId: null,
    student: "",
    mentor: paused.name,
    days: EXPIRIES_BEFORE_PAUSE,
  });
  return true;
}

import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { mentorshipEvents, mentorshipRequests } from "../../../db/schema";
import { DAY_MS, REMINDER_AFTER_DAYS, TURN_DAYS } from "./access";
import { pauseIfUnresponsive } from "./auto-pause.server";
import { notifyMentorship } from "./notify.server";
import { OPEN_STATUSES, turnOf } from "./transitions";
import { partyNames } from "./workflow.server";

const BATCH = 200;
const REMIND_BEFORE_MS = (TURN_DAYS - REMINDER_AFTER_DAYS) * DAY_MS;

export type DeadlineRun = { expired: number; reminded: number; paused: number };

/**
 * The periodic job: open requests past their deadline expire (both parties told), a mentor whose
 * requests keep expiring unanswered is paused, and the party whose turn it is gets one reminder
 * halfway (7 days before the deadline). Rows are claimed with SKIP LOCKED and each change is
 * guarded by its own condition, so running it twice, or on two instances, does nothing twice.
 */
export async function runMentorshipDeadlines(
  db: Database,
  options: { now?: Date; linkOrigin?: string } = {},
): Promise<DeadlineRun> {
  const now = options.now ?? new Date();
  const run: DeadlineRun = { expired: 0, reminded: 0, paused: 0 };
  await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(mentorshipRequests)
      .where(
        and(
          inArray(mentorshipRequests.status, [...OPEN_STATUSES]),
          lte(mentorshipRequests.expiresAt, now),
        ),
      )
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const mentorsToCheck = new Set<string>();
    for (const request of due) {
      await tx
        .update(mentorshipRequests)
        .set({ status: "expired", closedAt: now, updatedAt: now })
        .where(eq(mentorshipRequests.id, request.id));
      await tx.insert(mentorshipEvents).values({
        requestId: request.id,
        kind: "expired",
        fromStatus: request.status,
        toStatus: "expired",
        createdAt: now,
      });
      const names = await partyNames(tx, request);
      for (const recipientPersonId of [request.studentId, request.mentorId]) {
        await notifyMentorship(tx, {
          kind: "expired",
          recipientPersonId,
          requestId: request.id,
          ...names,
          linkOrigin: options.linkOrigin,
        });
      }
      if (!request.respondedAt) mentorsToCheck.add(request.mentorId);
      run.expired += 1;
    }
    for (const mentorId of mentorsToCheck) {
      if (await pauseIfUnresponsive(tx, mentorId, now, options.linkOrigin)) run.paused += 1;
    }

    const reminders = await tx
      .select()
      .from(mentorshipRequests)
      .where(
        and(
          inArray(mentorshipRequests.status, [...OPEN_STATUSES]),
          isNull(mentorshipRequests.reminderSentAt),
          lte(mentorshipRequests.expiresAt, new Date(now.getTime() + REMIND_BEFORE_MS)),
          gt(mentorshipRequests.expiresAt, now),
        ),
      )
      .limit(BATCH)
      .for("update", { skipLocked: true });
    for (const request of reminders) {
      const turn = turnOf(request.status);
      if (!turn) continue;
      await tx
        .update(mentorshipRequests)
        .set({ reminderSentAt: now })
        .where(eq(mentorshipRequests.id, request.id));
      await tx.insert(mentorshipEvents).values({
        requestId: request.id,
        kind: "reminder",
        fromStatus: request.status,
        toStatus: request.status,
        createdAt: now,
      });
      await notifyMentorship(tx, {
        kind: "reminder",
        recipientPersonId: turn === "mentor" ? request.mentorId : request.studentId,
        requestId: request.id,
        ...(await partyNames(tx, request)),
        days: Math.max(1, Math.ceil((request.expiresAt.getTime() - now.getTime()) / DAY_MS)),
        linkOrigin: options.linkOrigin,
      });
      run.reminded += 1;
    }
  });
  return run;
}

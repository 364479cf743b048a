import { eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { people, users } from "../../../db/schema";
import { notify } from "../notices";

/** The kinds of notice; the inbox renders `notification.mentorship.<kind>` with the payload. */
export const MENTORSHIP_NOTICE_KINDS = [
  "requested",
  "accepted",
  "declined",
  "more_info",
  "answered",
  "withdrawn",
  "ended",
  "reminder",
  "expired",
  "paused",
] as const;
export type MentorshipNoticeKind = (typeof MENTORSHIP_NOTICE_KINDS)[number];

export type MentorshipNotice = {
  kind: MentorshipNoticeKind;
  /** The person told (their account gets the notice; none without an account). */
  recipientPersonId: string;
  /** The request the notice is about (its page is the link), or null for a pause notice. */
  requestId: string | null;
  student: string;
  mentor: string;
  /** Days left before expiry, for reminders. */
  days?: number;
};

/**
 * Tells one person, in the caller's transaction: an in-app notification, which the notice e-mails
 * follow in the account's language (app/.server/notices), so nothing is announced that did not
 * commit.
 */
export async function notifyMentorship(tx: Executor, notice: MentorshipNotice) {
  const [recipient] = await tx
    .select({ userId: users.id })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(eq(people.id, notice.recipientPersonId));
  if (!recipient) return;
  await notify(tx, [
    {
      userId: recipient.userId,
      kind: `mentorship.${notice.kind}`,
      payload: {
        requestId: notice.requestId,
        student: notice.student,
        mentor: notice.mentor,
        days: notice.days ?? null,
      },
      link: notice.requestId ? `/mentorship/${notice.requestId}` : "/settings/profile",
    },
  ]);
}

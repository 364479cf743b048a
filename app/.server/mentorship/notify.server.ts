import { eq } from "drizzle-orm";
import { isLocale, type MessageKey, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import { notifications, people, users } from "../../../db/schema";
import { enqueueEmail } from "../email/outbox.server";

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
  /** Origin for links in e-mails ("https://passerelle.example"); relative when absent. */
  linkOrigin?: string;
};

/**
 * Tells one person, in the caller's transaction: an in-app notification and an e-mail through the
 * outbox in the account's language, so nothing is announced that did not commit.
 */
export async function notifyMentorship(tx: Executor, notice: MentorshipNotice) {
  const [recipient] = await tx
    .select({ userId: users.id, email: users.email, locale: users.locale })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(eq(people.id, notice.recipientPersonId));
  if (!recipient) return;
  const link = notice.requestId ? `/mentorship/${notice.requestId}` : "/settings/profile";
  const payload = {
    requestId: notice.requestId,
    student: notice.student,
    mentor: notice.mentor,
    days: notice.days ?? null,
  };
  await tx.insert(notifications).values({
    userId: recipient.userId,
    kind: `mentorship.${notice.kind}`,
    payload,
    link,
  });
  const t = translator(isLocale(recipient.locale) ? recipient.locale : "fr");
  const params = { student: notice.student, mentor: notice.mentor, days: notice.days ?? 0 };
  await enqueueEmail(tx, {
    to: recipient.email,
    subject: t("mentorship.email.subject", params),
    text: [
      t(`notification.mentorship.${notice.kind}` as MessageKey, params),
      t("mentorship.email.link", { link: `${notice.linkOrigin ?? ""}${link}` }),
    ].join("\n\n"),
  });
}

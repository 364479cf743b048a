import { eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { people, users } from "../../../db/schema";
import { notify } from "../notices";
import { eventTitlePayload } from "./texts";

/** The kinds of notice; the inbox renders `notification.event.<kind>` with the payload. */
export const EVENT_NOTICE_KINDS = [
  "meeting_requested",
  "meeting_accepted",
  "meeting_declined",
  "meeting_expired",
  "waitlist_promoted",
] as const;
export type EventNoticeKind = (typeof EVENT_NOTICE_KINDS)[number];

/**
 * Tells one person about an event, in the caller's transaction (nothing is announced that did not
 * commit); the e-mail follows from the row under the person's "event" topic setting.
 */
export async function notifyEventPerson(
  tx: Executor,
  notice: {
    kind: EventNoticeKind;
    recipientPersonId: string;
    event: { slug: string; titleFr: string; titleEn?: string | null; titleAr?: string | null };
    /** The counterpart of a meeting request. */
    name?: string;
  },
) {
  const [recipient] = await tx
    .select({ userId: users.id })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(eq(people.id, notice.recipientPersonId));
  if (!recipient) return;
  const page = notice.kind === "waitlist_promoted" ? "" : "/meetings";
  await notify(tx, [
    {
      userId: recipient.userId,
      kind: `event.${notice.kind}`,
      payload: { ...eventTitlePayload(notice.event), name: notice.name ?? null },
      link: `/events/${notice.event.slug}${page}`,
    },
  ]);
}

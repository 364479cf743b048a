// How the in-app notifications reach a mailbox. No imports: client and server share it.

/** The kinds of notice a person chooses a delivery for (settings → notifications). */
export const NOTICE_TOPICS = ["pairing", "mentorship", "event", "reminder", "account"] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

/**
 * immediate: one e-mail a few minutes after the event (a burst of events is one e-mail);
 * daily: one digest a day; off: the inbox only.
 */
export const EMAIL_DELIVERIES = ["immediate", "daily", "off"] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

/** pending: not yet e-mailed; sent: in an e-mail; skipped: read first, or its kind is off. */
export const EMAIL_STATUSES = ["pending", "sent", "skipped"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** The topic a notification kind ("pairing.proposed", "mentorship.reminder"…) belongs to. */
export function topicOf(kind: string): NoticeTopic {
  if (kind.endsWith("reminder")) return "reminder";
  const head = kind.split(".")[0];
  return (NOTICE_TOPICS as readonly string[]).includes(head ?? "")
    ? (head as NoticeTopic)
    : "account";
}

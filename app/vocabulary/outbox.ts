/** The two outboxes whose rows can run out of attempts (docs/decisions/041-background-jobs.md). */
export const OUTBOX_QUEUES = ["search", "email"] as const;
export type OutboxQueue = (typeof OUTBOX_QUEUES)[number];

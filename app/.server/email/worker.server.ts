import { asc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { isDue, type RetryPolicy, recordFailure, tryDrainLock } from "../../../db/outbox-retry";
import { emailOutbox } from "../../../db/schema";
import type { MailTransport } from "./transport.server";

const BATCH = 20;
export const EMAIL_OUTBOX_CHANNEL = "email_outbox";
/** Backoff 5 s · 2ⁿ up to an hour; a message the mail server refuses 5 times becomes a dead letter. */
export const EMAIL_RETRY: RetryPolicy = { baseMs: 5000, maxBackoffMs: 3600_000, maxAttempts: 5 };

export type EmailDrainResult = {
  sent: number;
  failed: number;
  dead: number;
  more: boolean;
  /** One log line per failure (the job runner writes them). */
  failures: string[];
};

/**
 * Sends one batch of queued e-mails, one drainer at a time across app instances (advisory lock),
 * so no message goes out twice. A failure is retried with exponential backoff.
 */
export async function drainEmailOnce(
  db: Database,
  transport: MailTransport,
  options: { policy?: Partial<RetryPolicy>; now?: Date } = {},
): Promise<EmailDrainResult> {
  const policy = { ...EMAIL_RETRY, ...options.policy };
  return db.transaction(async (tx) => {
    const result: EmailDrainResult = { sent: 0, failed: 0, dead: 0, more: false, failures: [] };
    if (!(await tryDrainLock(tx, "email-outbox"))) return result;
    const rows = await tx
      .select()
      .from(emailOutbox)
      .where(isDue(emailOutbox, emailOutbox.sentAt, options.now))
      .orderBy(asc(emailOutbox.id))
      .limit(BATCH);
    for (const row of rows) {
      try {
        await transport.send({ id: row.id, to: row.to, subject: row.subject, text: row.text });
        await tx
          .update(emailOutbox)
          .set({ sentAt: sql`now()`, lastError: null })
          .where(eq(emailOutbox.id, row.id));
        result.sent += 1;
      } catch (error) {
        result.failed += 1;
        const outcome = await recordFailure(
          tx,
          emailOutbox,
          [row],
          { message: String((error as Error).message ?? error), refused: isRefusedMail(error) },
          // The id, not the address: logs carry no personal data.
          { policy, now: options.now, describe: (ids) => `e-mail ${ids[0]}` },
        );
        result.failures.push(...outcome.lines);
        result.dead += outcome.dead;
      }
    }
    result.more = rows.length === BATCH;
    return result;
  });
}

/**
 * The mail server refused this message (a 5xx answer, or no valid recipient), as opposed to being
 * unreachable, answering "try later" (4xx) or rejecting our credentials (a setting to fix, after
 * which every message should still go out).
 */
export function isRefusedMail(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  if (code === "EENVELOPE") return true;
  return code !== "EAUTH" && typeof responseCode === "number" && responseCode >= 500;
}

export async function purgeSentEmails(db: Database, olderThanMs = 30 * 86_400_000) {
  await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.sentAt, sql`now() - ${olderThanMs} * interval '1 millisecond'`));
}

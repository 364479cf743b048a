import { and, asc, eq, isNull, lt, lte, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { emailOutbox } from "../../../db/schema";
import { purgeExpiredAuthData } from "../auth/housekeeping.server";
import type { MailTransport } from "./transport.server";

const BATCH = 20;
const MAX_BACKOFF_MS = 3600_000;

export type EmailDrainResult = { sent: number; failed: number; more: boolean };

/**
 * Sends one batch of queued e-mails. Rows are locked with SKIP LOCKED, so several app instances
 * share the queue without sending a message twice; a failure is retried with exponential backoff.
 */
export async function drainEmailOnce(
  db: Database,
  transport: MailTransport,
): Promise<EmailDrainResult> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(emailOutbox)
      .where(and(isNull(emailOutbox.sentAt), lte(emailOutbox.availableAt, sql`now()`)))
      .orderBy(asc(emailOutbox.id))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      try {
        await transport.send({ id: row.id, to: row.to, subject: row.subject, text: row.text });
        await tx
          .update(emailOutbox)
          .set({ sentAt: sql`now()`, lastError: null })
          .where(eq(emailOutbox.id, row.id));
        sent += 1;
      } catch (error) {
        failed += 1;
        await tx
          .update(emailOutbox)
          .set({
            attempts: sql`${emailOutbox.attempts} + 1`,
            availableAt: sql`now() + least(${MAX_BACKOFF_MS}, 5000 * power(2, ${emailOutbox.attempts})) * interval '1 millisecond'`,
            lastError: String((error as Error).message ?? error).slice(0, 500),
          })
          .where(eq(emailOutbox.id, row.id));
      }
    }
    return { sent, failed, more: rows.length === BATCH };
  });
}

export async function purgeSentEmails(db: Database, olderThanMs = 30 * 86_400_000) {
  await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.sentAt, sql`now() - ${olderThanMs} * interval '1 millisecond'`));
}

export type EmailWorker = {
  stop: () => Promise<void>;
  kick: () => void;
  /** Resolves once LISTEN is active (a NOTIFY sent before then waits for the next poll). */
  ready: Promise<void>;
};

/**
 * Sends queued e-mails continuously (woken by NOTIFY on commit, polling otherwise) and, hourly,
 * clears what has expired: sent mail, sessions, reset links and rate-limit counters.
 */
export function startEmailWorker(
  db: Database,
  transport: MailTransport,
  options: { pollMs?: number; onError?: (e: unknown) => void } = {},
): EmailWorker {
  let stopped = false;
  let wake: (() => void) | null = null;
  let kicked = false;
  const kick = () => {
    kicked = true;
    wake?.();
  };
  const listening = db.sql.listen("email_outbox", kick).catch(() => null);
  let lastPurge = 0;

  const loop = (async () => {
    while (!stopped) {
      kicked = false;
      let more = false;
      try {
        const result = await drainEmailOnce(db, transport);
        if (result.failed > 0) options.onError?.(new Error(`${result.failed} e-mail(s) failed`));
        more = result.more;
        if (Date.now() - lastPurge > 3600_000) {
          lastPurge = Date.now();
          await purgeSentEmails(db);
          await purgeExpiredAuthData(db);
        }
      } catch (error) {
        options.onError?.(error);
      }
      if (more || kicked || stopped) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 2000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    kick,
    ready: listening.then(() => undefined),
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      const listener = await listening;
      await listener?.unlisten();
      transport.close();
    },
  };
}

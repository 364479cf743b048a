import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { emailOutbox } from "../../../db/schema";

export type OutgoingEmail = { to: string; subject: string; text: string };

/**
 * Queues an e-mail inside the caller's transaction: it is sent only if what caused it commits,
 * and never lost if the process dies before sending. The worker is woken on commit.
 */
export async function enqueueEmail(tx: Executor, email: OutgoingEmail) {
  await tx.insert(emailOutbox).values(email);
  await tx.execute(sql`select pg_notify('email_outbox', '')`);
}

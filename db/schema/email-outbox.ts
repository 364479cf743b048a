import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Emails to send, written in the same transaction as what caused them. A worker sends them over
 * SMTP when SMTP_URL is set, or writes them under $DATA_DIR/mail in development.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    /** Set when the attempts ran out: the message waits for a coordinator's or an admin's retry (/coordinator/deliveries). */
    deadAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.sentAt, t.availableAt),
    index("email_outbox_dead").on(t.deadAt).where(sql`${t.deadAt} is not null`),
  ],
);

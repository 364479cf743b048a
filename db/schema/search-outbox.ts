import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Durable queue of index work. A row is written in the same transaction as the change it
 * describes, so a committed write can never be lost on the way to Meilisearch. The row carries
 * only the entity and its id: the worker re-reads PostgreSQL, so replays are idempotent.
 * A row whose document Meilisearch keeps refusing becomes a dead letter (docs/decisions/041).
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entity: text({ enum: ["person", "organization"] }).notNull(),
    entityId: uuid().notNull(),
    attempts: integer().notNull().default(0),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Kept for a day after processing so a reindex can replay what changed while it ran. */
    processedAt: timestamp({ withTimezone: true }),
    /** Set when the attempts ran out: the row waits for a coordinator's or an admin's retry (/coordinator/deliveries). */
    deadAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("search_outbox_pending")
      .on(t.availableAt)
      .where(sql`${t.processedAt} is null and ${t.deadAt} is null`),
    index().on(t.createdAt),
    // "Who changed since the matching table was read" (app/.server/matching/expert-directory.ts).
    index().on(t.processedAt),
    index("search_outbox_dead").on(t.deadAt).where(sql`${t.deadAt} is not null`),
  ],
);

export type SearchOutboxRow = typeof searchOutbox.$inferSelect;

import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { pairings } from "./pairings";

/**
 * Due-date reminders already sent: one row per pairing and due date, so a reminder goes out at
 * most once per due date (across restarts and app instances), and again when the date changes.
 */
export const pairingReminders = pgTable(
  "pairing_reminders",
  {
    pairingId: uuid()
      .notNull()
      .references(() => pairings.id, { onDelete: "cascade" }),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pairingId, t.dueAt] })],
);

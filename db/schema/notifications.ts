import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { EMAIL_STATUSES } from "../../app/vocabulary/notifications";
import { users } from "./users";

/**
 * The in-app inbox: one row per thing a user should see, with an unread state. E-mails are made
 * from these rows (app/.server/notices), one per recipient per burst or per day.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** Parameters of the message, rendered in the reader's language at display time. */
    payload: jsonb().$type<Record<string, string | number | null>>().notNull().default({}),
    link: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** Whether it still has to go out by e-mail (see docs/decisions/047-notification-emails.md). */
    emailStatus: text({ enum: EMAIL_STATUSES }).notNull().default("pending"),
  },
  (t) => [index().on(t.userId, t.readAt), index().on(t.emailStatus, t.createdAt)],
);

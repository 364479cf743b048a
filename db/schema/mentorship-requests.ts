import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  MENTORSHIP_EVENT_KINDS,
  MENTORSHIP_GOALS,
  MENTORSHIP_STATUSES,
} from "../../app/vocabulary/mentorship";
import { people } from "./people";
import { users } from "./users";

export const mentorshipGoal = pgEnum("mentorship_goal", MENTORSHIP_GOALS);
export const mentorshipStatus = pgEnum("mentorship_status", MENTORSHIP_STATUSES);

/** A student asks a mentor (an expert or a researcher) for mentoring. */
export const mentorshipRequests = pgTable(
  "mentorship_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    studentId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    mentorId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    goal: mentorshipGoal().notNull(),
    message: text().notNull(),
    status: mentorshipStatus().notNull().default("pending"),
    /** Why the mentor declined; set only with the status `declined`. */
    declineReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The mentor's first answer (accept, decline or a question): responsiveness counts it. */
    respondedAt: timestamp({ withTimezone: true }),
    /** When the request expires if whoever's turn it is does not act; restarted on each turn. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The halfway reminder of the current turn, sent once. */
    reminderSentAt: timestamp({ withTimezone: true }),
    /** When it stopped waiting for anyone (accepted, declined, withdrawn, expired). */
    closedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.mentorId, t.status),
    index().on(t.studentId, t.status),
    index().on(t.status, t.expiresAt),
    // One open request (or ongoing mentorship) per student and mentor.
    uniqueIndex("mentorship_requests_open_pair")
      .on(t.studentId, t.mentorId)
      .where(sql`${t.status} in ('pending', 'more_info', 'accepted')`),
    check("mentorship_not_self", sql`${t.studentId} <> ${t.mentorId}`),
    check(
      "mentorship_decline_reason",
      sql`(${t.status} = 'declined') = (${t.declineReason} is not null)`,
    ),
  ],
);

/** The history of a request: each move, the mentor's questions and the student's answers. */
export const mentorshipEvents = pgTable(
  "mentorship_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    /** Null for the expiry job, or an account deleted since. */
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: MENTORSHIP_EVENT_KINDS }).notNull(),
    fromStatus: mentorshipStatus(),
    toStatus: mentorshipStatus(),
    /** The question, the answer or the decline reason. */
    body: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId, t.createdAt)],
);

export type MentorshipRequest = typeof mentorshipRequests.$inferSelect;
export type MentorshipEvent = typeof mentorshipEvents.$inferSelect;

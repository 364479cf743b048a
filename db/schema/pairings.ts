import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  PAIRING_EVENT_KINDS,
  PAIRING_SIDES,
  PAIRING_STATUSES,
  SIDE_DECISIONS,
} from "../../app/vocabulary/pairings";
import { conventionKind } from "./enums";
import { organizations } from "./organizations";
import { people } from "./people";
import { users } from "./users";

export const pairingStatus = pgEnum("pairing_status", PAIRING_STATUSES);
export const sideDecision = pgEnum("pairing_side_decision", SIDE_DECISIONS);

/** A pairing proposed by a coordinator between two parties, for one kind of convention. */
export const pairings = pgTable(
  "pairings",
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: conventionKind().notNull(),
    status: pairingStatus().notNull().default("proposed"),
    note: text().notNull().default(""),
    /** Why it was abandoned; set only with the status `abandoned`. */
    abandonReason: text(),
    /** When the next step is expected; drives the reminders. */
    dueAt: timestamp({ withTimezone: true }),
    proposedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the status last changed (time in status, time to convention on the dashboard). */
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.status, t.dueAt),
    index().on(t.createdAt),
    check(
      "pairing_abandon_reason",
      sql`(${t.status} = 'abandoned') = (${t.abandonReason} is not null)`,
    ),
  ],
);

/**
 * The two parties of a pairing: each a person or an organization, with its own decision. A party
 * deleted later leaves its side empty (both ids null) so the history survives.
 */
export const pairingSides = pgTable(
  "pairing_sides",
  {
    pairingId: uuid()
      .notNull()
      .references(() => pairings.id, { onDelete: "cascade" }),
    side: text({ enum: PAIRING_SIDES }).notNull(),
    personId: uuid().references(() => people.id, { onDelete: "set null" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    decision: sideDecision().notNull().default("pending"),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.pairingId, t.side] }),
    index().on(t.personId),
    index().on(t.organizationId),
    check("pairing_side_party", sql`${t.personId} is null or ${t.organizationId} is null`),
  ],
);

/** Who changed what and when: one row per proposal, status change, decision or new due date. */
export const pairingEvents = pgTable(
  "pairing_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    pairingId: uuid()
      .notNull()
      .references(() => pairings.id, { onDelete: "cascade" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: PAIRING_EVENT_KINDS }).notNull(),
    fromStatus: pairingStatus(),
    toStatus: pairingStatus(),
    side: text({ enum: PAIRING_SIDES }),
    decision: sideDecision(),
    dueAt: timestamp({ withTimezone: true }),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.pairingId, t.createdAt)],
);

export type Pairing = typeof pairings.$inferSelect;
export type PairingSide = typeof pairingSides.$inferSelect;
export type PairingEvent = typeof pairingEvents.$inferSelect;

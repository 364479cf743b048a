import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { mentoringStatus, personKind, verificationStatus, visibility } from "./enums";
import { users } from "./users";

/** A slug without its "-2" uniqueness suffix; indexed, so use this exact expression. */
export function slugBase(slug: AnyPgColumn): SQL {
  return sql`regexp_replace(${slug}, '-[0-9]+$', '')`;
}

export const people = pgTable(
  "people",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    /** Identifier in a coordinator's source system; imports upsert on it. */
    externalId: text().unique(),
    kind: personKind().notNull(),
    /** The account that owns this profile; null for imported or demo people without one. */
    userId: uuid()
      .unique()
      .references(() => users.id, { onDelete: "set null" }),
    fullName: text().notNull(),
    headline: text().notNull().default(""),
    bio: text().notNull().default(""),
    /** Private contact details: shown to others only once a match between them is accepted. */
    email: text(),
    phone: text(),
    country: text().notNull(),
    city: text().notNull(),
    mentoringStatus: mentoringStatus().notNull().default("paused"),
    /** How many mentees the person takes at once. */
    mentoringCapacity: integer().notNull().default(0),
    /**
     * When mentoring was last paused automatically after requests expired unanswered (see
     * docs/decisions/011-mentorship-requests.md); the streak of expiries restarts after it.
     */
    mentoringAutoPausedAt: timestamp({ withTimezone: true }),
    visibility: visibility().notNull().default("public"),
    verification: verificationStatus().notNull().default("pending"),
    /** Why a coordinator refused the profile: shown to its owner until they save it again. */
    verificationNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.kind),
    // Finds the taken "name-2", "name-3"… of many names in one indexed lookup (imports).
    index("people_slug_base_index").on(slugBase(t.slug)),
    check("mentoring_capacity_range", sql`${t.mentoringCapacity} between 0 and 50`),
  ],
);

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/**
 * Who counts in a public number (an organization's members, a lab's aggregate): verified profiles
 * whose owner did not hide them. One rule, so /orgs, an organization's page and its partner
 * suggestions give the same member count.
 */
export const countedPerson = and(
  eq(people.verification, "verified"),
  ne(people.visibility, "hidden"),
);

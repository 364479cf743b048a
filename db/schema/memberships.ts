import { boolean, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { people } from "./people";

export const memberships = pgTable(
  "memberships",
  {
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Free text in the person's words: "Professeur", "PhD candidate", "CTO"… */
    role: text().notNull().default(""),
    /** The affiliation shown first on the profile and used for matching. */
    isPrimary: boolean().notNull().default(false),
    /** Answers for the organization in pairings (its head or contact), not every member. */
    represents: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.personId, t.organizationId] }), index().on(t.organizationId)],
);

export type Membership = typeof memberships.$inferSelect;

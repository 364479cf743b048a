import { sql } from "drizzle-orm";
import { check, index, pgTable, serial, text, uuid } from "drizzle-orm/pg-core";
import { conventionKind, offerDirection } from "./enums";
import { organizations } from "./organizations";
import { people } from "./people";

/**
 * What a person or an organization offers ("I co-supervise theses") or needs
 * ("we look for an internship host"), typed by the kind of convention it would lead to.
 */
export const offersNeeds = pgTable(
  "offers_needs",
  {
    id: serial().primaryKey(),
    personId: uuid().references(() => people.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    direction: offerDirection().notNull(),
    kind: conventionKind().notNull(),
    details: text().notNull().default(""),
  },
  (t) => [
    index().on(t.personId),
    index().on(t.organizationId),
    check("offer_owner", sql`(${t.personId} is null) <> (${t.organizationId} is null)`),
  ],
);

export type OfferNeed = typeof offersNeeds.$inferSelect;

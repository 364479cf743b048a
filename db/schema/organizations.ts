import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizationKind } from "./enums";

export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    acronym: text(),
    kind: organizationKind().notNull(),
    /** ISO 3166-1 alpha-2; the network is Morocco and Belgium but partners elsewhere exist. */
    country: text().notNull(),
    city: text().notNull(),
    /** A lab belongs to a university (or a company's R&D unit to its company). */
    parentId: uuid().references((): AnyPgColumn => organizations.id, { onDelete: "set null" }),
    description: text().notNull().default(""),
    website: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.parentId), index().on(t.country, t.kind)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

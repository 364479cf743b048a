import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { people } from "./people";

/** The 13 sectors of Morocco's national AI strategy (db/data/sectors.json). */
export const sectors = pgTable("sectors", {
  id: text().primaryKey(),
  labelFr: text().notNull(),
  labelEn: text().notNull(),
  labelAr: text().notNull(),
});

export const personSectors = pgTable(
  "person_sectors",
  {
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    sectorId: text()
      .notNull()
      .references(() => sectors.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.sectorId] }), index().on(t.sectorId)],
);

export const organizationSectors = pgTable(
  "organization_sectors",
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    sectorId: text()
      .notNull()
      .references(() => sectors.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.sectorId] })],
);

export type Sector = typeof sectors.$inferSelect;

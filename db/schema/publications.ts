import { index, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";

export const publications = pgTable("publications", {
  id: uuid().primaryKey().defaultRandom(),
  title: text().notNull(),
  abstract: text().notNull().default(""),
  year: smallint().notNull(),
  doi: text().unique(),
  venue: text(),
});

/** Authorship links publications to people; co-authorship is also a tie between them. */
export const publicationAuthors = pgTable(
  "publication_authors",
  {
    publicationId: uuid()
      .notNull()
      .references(() => publications.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.personId] }), index().on(t.personId)],
);

export type Publication = typeof publications.$inferSelect;

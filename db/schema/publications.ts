import { type SQL, sql } from "drizzle-orm";
import {
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "./people";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Words of a paper for full-text retrieval ("describe your need" over publication text, ADR 014):
 * title and abstract, lower-cased and without accents (`passerelle_unaccent`, an immutable wrapper
 * of unaccent created by the migration), not stemmed: queries use the matcher's stems as prefixes.
 */
function searchVector(): SQL {
  return sql`to_tsvector('simple'::regconfig, passerelle_unaccent(coalesce(title, '') || ' ' || coalesce(abstract, '')))`;
}

export const publications = pgTable(
  "publications",
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    abstract: text().notNull().default(""),
    year: smallint().notNull(),
    doi: text().unique(),
    venue: text(),
    searchVector: tsvector().generatedAlwaysAs(searchVector),
  },
  (t) => [index("publications_search_vector").using("gin", t.searchVector)],
);

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

export type Publication = Omit<typeof publications.$inferSelect, "searchVector">;

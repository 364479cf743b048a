import { pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { languageLevel } from "./enums";
import { people } from "./people";

/** Languages a person speaks, as ISO 639 codes (fr, en, ar, nl, ary for Darija, zgh for Tamazight…). */
export const personLanguages = pgTable(
  "person_languages",
  {
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    language: text().notNull(),
    level: languageLevel().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.language] })],
);

export type PersonLanguage = typeof personLanguages.$inferSelect;

import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "./people";

export type SkillSynonyms = { fr: string[]; en: string[]; ar: string[] };

/** The curated taxonomy (db/data/skills.json): ids are stable and never reused. */
export const skills = pgTable(
  "skills",
  {
    id: text().primaryKey(),
    escoUri: text(),
    group: text().notNull(),
    labelFr: text().notNull(),
    labelEn: text().notNull(),
    labelAr: text().notNull(),
    synonyms: jsonb().$type<SkillSynonyms>().notNull(),
    broaderId: text().references((): AnyPgColumn => skills.id),
  },
  (t) => [index().on(t.broaderId)],
);

/** A person's skill: a taxonomy concept, or a free tag when nothing in the taxonomy fits. */
export const personSkills = pgTable(
  "person_skills",
  {
    id: serial().primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    skillId: text().references(() => skills.id),
    freeLabel: text(),
    level: smallint().notNull(),
  },
  (t) => [
    uniqueIndex().on(t.personId, t.skillId),
    uniqueIndex("person_skills_free_label_unique").on(t.personId, sql`lower(${t.freeLabel})`),
    index().on(t.skillId),
    check("person_skill_level", sql`${t.level} between 1 and 5`),
    check("person_skill_concept_or_tag", sql`(${t.skillId} is null) <> (${t.freeLabel} is null)`),
  ],
);

export type Skill = typeof skills.$inferSelect;
export type PersonSkill = typeof personSkills.$inferSelect;

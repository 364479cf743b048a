import { sql } from "drizzle-orm";
import type { Executor } from "./client";
import sectorData from "./data/sectors.json" with { type: "json" };
import skillData from "./data/skills.json" with { type: "json" };
import { type SkillSynonyms, sectors, skills } from "./schema";

export type TaxonomyConcept = {
  id: string;
  esco: string | null;
  group: string;
  labels: { fr: string; en: string; ar: string };
  synonyms: SkillSynonyms;
  broader: string | null;
};
export type SectorEntry = { id: string; labels: { fr: string; en: string; ar: string } };

export const SKILL_CONCEPTS = skillData as TaxonomyConcept[];
export const SECTORS = sectorData as SectorEntry[];

/**
 * Loads the shipped taxonomy and sectors into PostgreSQL (upsert; ids are stable). Runs at every
 * start, so a release that adds concepts needs no manual step.
 */
export async function syncTaxonomy(db: Executor) {
  await db
    .insert(sectors)
    .values(
      SECTORS.map((s) => ({
        id: s.id,
        labelFr: s.labels.fr,
        labelEn: s.labels.en,
        labelAr: s.labels.ar,
      })),
    )
    .onConflictDoUpdate({
      target: sectors.id,
      set: {
        labelFr: sql`excluded.label_fr`,
        labelEn: sql`excluded.label_en`,
        labelAr: sql`excluded.label_ar`,
      },
    });
  // Two passes: first every concept without its parent, then the parent links (no order needed).
  const rows = SKILL_CONCEPTS.map((c) => ({
    id: c.id,
    escoUri: c.esco,
    group: c.group,
    labelFr: c.labels.fr,
    labelEn: c.labels.en,
    labelAr: c.labels.ar,
    synonyms: c.synonyms,
  }));
  await db
    .insert(skills)
    .values(rows)
    .onConflictDoUpdate({
      target: skills.id,
      set: {
        escoUri: sql`excluded.esco_uri`,
        group: sql`excluded.group`,
        labelFr: sql`excluded.label_fr`,
        labelEn: sql`excluded.label_en`,
        labelAr: sql`excluded.label_ar`,
        synonyms: sql`excluded.synonyms`,
      },
    });
  const links = SKILL_CONCEPTS.filter((c) => c.broader);
  if (links.length > 0) {
    await db.execute(sql`
      update skills set broader_id = v.broader
      from (values ${sql.join(
        links.map((c) => sql`(${c.id}, ${c.broader})`),
        sql`, `,
      )}) as v(id, broader)
      where skills.id = v.id and skills.broader_id is distinct from v.broader`);
  }
}

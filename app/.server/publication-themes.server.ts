import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { Labels } from "~/utils/matching-breakdown";
import type { Database } from "../../db/client";
import {
  memberships,
  organizations,
  people,
  personSkills,
  publicationAuthors,
  publications,
} from "../../db/schema";
import { getCorpusStats } from "./matching/load-corpus-stats";
import { getTaxonomy } from "./matching/load-taxonomy";
import { publicationThemes, stemConceptReader } from "./matching/publication-themes";
import { findOwnPerson } from "./people.server";

export type ShownTheme = { skillId: string; labels: Labels; papers: number; weight: number };

/**
 * The "themes of their publications" of a person, or of a lab through its members' papers (each
 * paper once): taxonomy concepts their papers name, weighted by rarity and recency
 * (matching/publication-themes.ts), with their labels in the three languages.
 */
export async function publicationThemesOf(
  db: Database,
  personIds: readonly string[],
  limit?: number,
): Promise<{ themes: ShownTheme[]; papers: number }> {
  if (personIds.length === 0) return { themes: [], papers: 0 };
  const [rows, stats, { graph, matcher }] = await Promise.all([
    db
      .selectDistinct({
        id: publications.id,
        title: publications.title,
        abstract: publications.abstract,
        year: publications.year,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(inArray(publicationAuthors.personId, [...personIds])),
    getCorpusStats(db),
    getTaxonomy(db),
  ]);
  const themes = publicationThemes(rows, stats, stemConceptReader(matcher), limit);
  return {
    themes: themes.map((t) => ({ ...t, labels: graph.labels(t.skillId) })),
    papers: rows.length,
  };
}

/** One's own publication themes for the profile editor, each saying whether it is a skill yet. */
export async function ownThemeSuggestions(db: Database, userId: string) {
  const person = await findOwnPerson(db, userId);
  if (!person) return [];
  const [{ themes }, declared] = await Promise.all([
    publicationThemesOf(db, [person.id]),
    db
      .select({ skillId: personSkills.skillId })
      .from(personSkills)
      .where(eq(personSkills.personId, person.id)),
  ]);
  const skills = new Set(declared.map((d) => d.skillId));
  return themes.map((t) => ({ ...t, declared: skills.has(t.skillId) }));
}

/**
 * A lab's (or a university's, through its labs) publication themes: the papers of its verified,
 * visible members, each paper once.
 */
export async function organizationThemes(db: Database, orgSlug: string, limit = 10) {
  const rows = await db
    .selectDistinct({ id: memberships.personId })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        or(
          eq(organizations.slug, orgSlug),
          inArray(
            organizations.parentId,
            db
              .select({ id: organizations.id })
              .from(organizations)
              .where(eq(organizations.slug, orgSlug)),
          ),
        ),
        eq(people.verification, "verified"),
        ne(people.visibility, "hidden"),
      ),
    );
  return publicationThemesOf(
    db,
    rows.map((r) => r.id),
    limit,
  );
}

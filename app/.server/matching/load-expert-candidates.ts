import { desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { people, personSkills, publicationAuthors, publications } from "../../../db/schema";
import type { ExpertCandidate } from "./expert-scoring";

/** Enough to judge depth; a prolific author's older papers add nothing to the ranking. */
const PUBLICATIONS_PER_PERSON = 30;

/**
 * Everything the re-ranking reads about the candidates: three batched queries in parallel, and
 * the abstracts of the few papers the in-memory corpus does not hold yet (`isIndexed`).
 */
export async function loadExpertCandidates(
  db: Database,
  ids: readonly string[],
  isIndexed: (publicationId: string) => boolean = () => false,
): Promise<ExpertCandidate[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [rows, skillRows, publicationRows] = await Promise.all([
    db
      .select({
        id: people.id,
        externalId: people.externalId,
        slug: people.slug,
        name: people.fullName,
        headline: people.headline,
        bio: people.bio,
        updatedAt: people.updatedAt,
        mentoringStatus: people.mentoringStatus,
        mentoringCapacity: people.mentoringCapacity,
      })
      .from(people)
      .where(inArray(people.id, list)),
    db
      .select({
        personId: personSkills.personId,
        skillId: personSkills.skillId,
        freeLabel: personSkills.freeLabel,
        level: personSkills.level,
      })
      .from(personSkills)
      .where(inArray(personSkills.personId, list)),
    db
      .select({
        personId: publicationAuthors.personId,
        id: publications.id,
        title: publications.title,
        year: publications.year,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(inArray(publicationAuthors.personId, list))
      .orderBy(desc(publications.year)),
  ]);

  const byPerson = new Map<string, ExpertCandidate>();
  for (const r of rows) {
    byPerson.set(r.id, {
      personId: r.id,
      externalId: r.externalId,
      slug: r.slug,
      name: r.name,
      headline: r.headline,
      bio: r.bio,
      freeTags: [],
      updatedAt: r.updatedAt.getTime(),
      mentoringOpen: r.mentoringStatus === "open" && r.mentoringCapacity > 0,
      skills: [],
      publications: [],
    });
  }
  for (const s of skillRows) {
    const candidate = byPerson.get(s.personId);
    if (!candidate) continue;
    if (s.skillId) candidate.skills.push({ skillId: s.skillId, level: s.level });
    else if (s.freeLabel) candidate.freeTags.push(s.freeLabel);
  }
  const unindexed = [...new Set(publicationRows.map((p) => p.id).filter((id) => !isIndexed(id)))];
  const abstracts = new Map(
    unindexed.length === 0
      ? []
      : (
          await db
            .select({ id: publications.id, abstract: publications.abstract })
            .from(publications)
            .where(inArray(publications.id, unindexed))
        ).map((r) => [r.id, r.abstract]),
  );
  for (const p of publicationRows) {
    const candidate = byPerson.get(p.personId);
    if (!candidate || candidate.publications.length >= PUBLICATIONS_PER_PERSON) continue;
    const abstract = abstracts.get(p.id);
    candidate.publications.push({ id: p.id, title: p.title, year: p.year, abstract });
  }
  return list.flatMap((id) => byPerson.get(id) ?? []);
}

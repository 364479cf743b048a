import { and, desc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import {
  offersNeeds,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../../db/schema";
import type { CorpusStats } from "./corpus-stats";
import type { MentorProfile, StudentProfile } from "./mentor-scoring";
import { papersNaming, publicationThemes, type StemConceptReader } from "./publication-themes";
import type { TaxonomyGraph } from "./taxonomy-graph";

const SKILL_POOL = 150;
const SECTOR_POOL = 50;

/** Mentors are listed experts and researchers: verified, visible to members, never students. */
const listedMentor = (): SQL =>
  and(
    ne(people.kind, "student"),
    eq(people.verification, "verified"),
    inArray(people.visibility, ["public", "members"]),
  )!;

export async function loadStudentProfile(
  db: Database,
  personId: string,
): Promise<StudentProfile | null> {
  const [person] = await db
    .select({ id: people.id, city: people.city, country: people.country })
    .from(people)
    .where(eq(people.id, personId))
    .limit(1);
  if (!person) return null;
  const details = await loadDetails(db, [personId]);
  return {
    personId,
    city: person.city,
    country: person.country,
    skills: details.skills.get(personId) ?? [],
    sectors: details.sectors.get(personId) ?? [],
    languages: details.languages.get(personId) ?? [],
    needs: details.needs.get(personId) ?? [],
  };
}

/**
 * Who could mentor this student, before any hard constraint (near misses need the others too):
 * the best holders of the student's skills and their taxonomy neighbours, plus people of the
 * student's sectors; the student's country when the profile says nothing yet.
 */
export async function findMentorCandidateIds(
  db: Database,
  student: StudentProfile,
  graph: TaxonomyGraph,
): Promise<string[]> {
  const direct = student.skills.map((s) => s.skillId);
  const expanded = [...new Set([...direct, ...direct.flatMap((id) => graph.neighbours(id))])];
  const notSelf = ne(people.id, student.personId);
  const ids = new Set<string>();

  if (expanded.length > 0) {
    const fit = sql<number>`sum((case when ${inArray(personSkills.skillId, direct)} then 3 else 1 end) * ${personSkills.level})`;
    const rows = await db
      .select({ id: personSkills.personId, fit })
      .from(personSkills)
      .innerJoin(people, eq(people.id, personSkills.personId))
      .where(and(inArray(personSkills.skillId, expanded), listedMentor(), notSelf))
      .groupBy(personSkills.personId)
      .orderBy(desc(fit), personSkills.personId)
      .limit(SKILL_POOL);
    for (const r of rows) ids.add(r.id);
  }
  if (student.sectors.length > 0) {
    const rows = await db
      .selectDistinct({ id: people.id, open: sql<boolean>`${people.mentoringStatus} = 'open'` })
      .from(personSectors)
      .innerJoin(people, eq(people.id, personSectors.personId))
      .where(and(inArray(personSectors.sectorId, student.sectors), listedMentor(), notSelf))
      .orderBy(desc(sql`${people.mentoringStatus} = 'open'`), people.id)
      .limit(SECTOR_POOL);
    for (const r of rows) ids.add(r.id);
  }
  if (ids.size === 0) {
    const rows = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.country, student.country), listedMentor(), notSelf))
      .orderBy(people.id)
      .limit(SECTOR_POOL);
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

const THEME_POOL = 50;
const THEME_PAPERS = 2000;

/**
 * Researchers whose papers are about the student's skills, declared or not: someone known
 * through their publications can mentor too. Most papers first is not needed: any will do.
 */
export async function findThemeMentorIds(
  db: Database,
  student: StudentProfile,
  stats: CorpusStats,
): Promise<string[]> {
  const paperIds = [
    ...new Set(student.skills.flatMap((s) => papersNaming(stats, s.skillId))),
  ].slice(0, THEME_PAPERS);
  if (paperIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: publicationAuthors.personId })
    .from(publicationAuthors)
    .innerJoin(people, eq(people.id, publicationAuthors.personId))
    .where(
      and(
        inArray(publicationAuthors.publicationId, paperIds),
        listedMentor(),
        ne(people.id, student.personId),
      ),
    )
    .limit(THEME_POOL);
  return rows.map((r) => r.id);
}

/** Each mentor's publication themes (concepts their papers name, with how many papers). */
export async function loadMentorThemes(
  db: Database,
  ids: readonly string[],
  stats: CorpusStats,
  reader: StemConceptReader,
): Promise<Map<string, { skillId: string; papers: number }[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      personId: publicationAuthors.personId,
      id: publications.id,
      title: publications.title,
      year: publications.year,
    })
    .from(publicationAuthors)
    .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
    .where(inArray(publicationAuthors.personId, [...ids]));
  const papersOf = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = papersOf.get(r.personId);
    if (list) list.push(r);
    else papersOf.set(r.personId, [r]);
  }
  return new Map(
    [...papersOf].map(([personId, papers]) => [
      personId,
      publicationThemes(papers, stats, reader, 20).map(({ skillId, papers: n }) => ({
        skillId,
        papers: n,
      })),
    ]),
  );
}

export async function loadMentorProfiles(
  db: Database,
  ids: readonly string[],
): Promise<MentorProfile[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [rows, details] = await Promise.all([
    db
      .select({
        id: people.id,
        slug: people.slug,
        name: people.fullName,
        kind: people.kind,
        city: people.city,
        country: people.country,
        mentoringStatus: people.mentoringStatus,
        mentoringCapacity: people.mentoringCapacity,
      })
      .from(people)
      .where(inArray(people.id, list)),
    loadDetails(db, list),
  ]);
  return rows.map((r) => ({
    personId: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    city: r.city,
    country: r.country,
    mentoringStatus: r.mentoringStatus,
    mentoringCapacity: r.mentoringCapacity,
    skills: details.skills.get(r.id) ?? [],
    sectors: details.sectors.get(r.id) ?? [],
    languages: details.languages.get(r.id) ?? [],
    offers: details.offers.get(r.id) ?? [],
  }));
}

async function loadDetails(db: Database, ids: string[]) {
  const [skillRows, sectorRows, languageRows, offerRows] = await Promise.all([
    db
      .select({
        personId: personSkills.personId,
        skillId: personSkills.skillId,
        level: personSkills.level,
      })
      .from(personSkills)
      .where(inArray(personSkills.personId, ids)),
    db.select().from(personSectors).where(inArray(personSectors.personId, ids)),
    db.select().from(personLanguages).where(inArray(personLanguages.personId, ids)),
    db
      .select({
        personId: offersNeeds.personId,
        direction: offersNeeds.direction,
        kind: offersNeeds.kind,
      })
      .from(offersNeeds)
      .where(inArray(offersNeeds.personId, ids)),
  ]);
  const group = <T, V>(rows: T[], key: (r: T) => string | null, value: (r: T) => V | null) => {
    const map = new Map<string, V[]>();
    for (const r of rows) {
      const k = key(r);
      const v = value(r);
      if (k === null || v === null) continue;
      const list = map.get(k) ?? [];
      list.push(v);
      map.set(k, list);
    }
    return map;
  };
  const distinct = <V>(map: Map<string, V[]>) => {
    for (const [k, v] of map) map.set(k, [...new Set(v)]);
    return map;
  };
  return {
    skills: group(
      skillRows,
      (r) => r.personId,
      (r) => (r.skillId ? { skillId: r.skillId, level: r.level } : null),
    ),
    sectors: group(
      sectorRows,
      (r) => r.personId,
      (r) => r.sectorId,
    ),
    languages: group(
      languageRows,
      (r) => r.personId,
      (r) => ({ code: r.language, level: r.level }),
    ),
    needs: distinct(
      group(
        offerRows,
        (r) => r.personId,
        (r) => (r.direction === "need" ? r.kind : null),
      ),
    ),
    offers: distinct(
      group(
        offerRows,
        (r) => r.personId,
        (r) => (r.direction === "offer" ? r.kind : null),
      ),
    ),
  };
}

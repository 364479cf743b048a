import { inArray, sql } from "drizzle-orm";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import type { Database } from "../../../db/client";
import { people, personSkills, publicationAuthors, publications } from "../../../db/schema";
import type { ExpertCandidate } from "./expert-scoring";

/** Enough to judge depth; a prolific author's older papers add nothing to the ranking. */
const PUBLICATIONS_PER_PERSON = 30;

/** What the word-rarity table already holds: texts need not be read again. */
export type KnownTexts = {
  builtAt: number;
  publications: ReadonlyMap<string, { year: number }>;
  profiles: ReadonlyMap<string, unknown>;
};

/**
 * Everything the re-ranking reads about the candidates: three batched queries in parallel, and
 * the papers the in-memory table does not hold yet. Texts the table holds are not read: a paper's
 * title is left empty (withPaperTitles fills it for the results shown), a profile's headline and
 * bio are read only when it changed since the table was built.
 */
export async function loadExpertCandidates(
  db: Database,
  ids: readonly string[],
  known: KnownTexts = { builtAt: 0, publications: new Map(), profiles: new Map() },
): Promise<ExpertCandidate[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  // A profile the table holds, unchanged since: its text is already in memory.
  const textNeeded = sql`${people.updatedAt} >= ${new Date(known.builtAt).toISOString()}::timestamptz`;
  const [rows, skillRows, authorships] = await Promise.all([
    db
      .select({
        id: people.id,
        externalId: people.externalId,
        slug: people.slug,
        name: people.fullName,
        headline: sql<string>`case when ${textNeeded} then ${people.headline} else '' end`,
        bio: sql<string>`case when ${textNeeded} then ${people.bio} else '' end`,
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
        id: publicationAuthors.publicationId,
      })
      .from(publicationAuthors)
      .where(inArray(publicationAuthors.personId, list)),
  ]);

  const byPerson = new Map<string, ExpertCandidate>();
  const stale = new Set<string>();
  for (const r of rows) {
    if (r.updatedAt.getTime() >= known.builtAt || !known.profiles.has(r.id)) stale.add(r.id);
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
  const [unknownPapers, staleTexts] = await Promise.all([
    papersNotInTable(
      db,
      authorships.map((a) => a.id).filter((id) => !known.publications.has(id)),
    ),
    // Rare: listed since the table was built without a change of the profile itself.
    profileTexts(
      db,
      rows.filter((r) => stale.has(r.id) && r.updatedAt.getTime() < known.builtAt).map((r) => r.id),
    ),
  ]);
  for (const t of staleTexts) {
    const candidate = byPerson.get(t.id);
    if (candidate) Object.assign(candidate, { headline: t.headline, bio: t.bio });
  }
  const papers = authorships
    .map((a) => {
      const stored = known.publications.get(a.id);
      const fresh = unknownPapers.get(a.id);
      return stored
        ? { personId: a.personId, id: a.id, title: "", year: stored.year }
        : fresh && { personId: a.personId, ...fresh };
    })
    .filter((p) => p !== undefined)
    .sort((a, b) => b.year - a.year);
  for (const { personId, ...p } of papers) {
    const candidate = byPerson.get(personId);
    if (!candidate || candidate.publications.length >= PUBLICATIONS_PER_PERSON) continue;
    candidate.publications.push(p);
  }
  return list.flatMap((id) => byPerson.get(id) ?? []);
}

async function papersNotInTable(db: Database, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<string, { id: string; title: string; year: number; abstract: string }>();
  const rows = await db
    .select({
      id: publications.id,
      title: publications.title,
      year: publications.year,
      abstract: publications.abstract,
    })
    .from(publications)
    .where(inArray(publications.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

async function profileTexts(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, headline: people.headline, bio: people.bio })
    .from(people)
    .where(inArray(people.id, [...ids]));
}

/** The titles of the papers a ranking shows (scoring never reads them). */
export async function withPaperTitles<T extends { breakdown: ExpertBreakdownItem[] }>(
  db: Database,
  results: T[],
): Promise<T[]> {
  const items = results.flatMap((r) =>
    r.breakdown.flatMap((b) => (b.criterion === "publications" ? b.details.publications : [])),
  );
  const missing = [...new Set(items.filter((p) => !p.title).map((p) => p.id))];
  if (missing.length === 0) return results;
  const rows = await db
    .select({ id: publications.id, title: publications.title })
    .from(publications)
    .where(inArray(publications.id, missing));
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  for (const p of items) if (!p.title) p.title = titles.get(p.id) ?? "";
  return results;
}

import { inArray, sql } from "drizzle-orm";
import type { ExpertBreakdownItem } from "~/utils/matching-breakdown";
import type { Database } from "../../../db/client";
import { people, publications } from "../../../db/schema";
import { type DirectoryEntry, PUBLICATIONS_PER_PERSON } from "./expert-directory";
import type { ExpertCandidate } from "./expert-scoring";
import { type ExpertView, NO_DIRECTORY } from "./expert-view";
import { lateTexts } from "./late-texts";

/** What the word-rarity table already holds: texts need not be read again. */
export type KnownTexts = {
  builtAt: number;
  publications: ReadonlyMap<string, { year: number }>;
  profiles: ReadonlyMap<string, unknown>;
};

type CandidateRow = {
  id: string;
  external_id: string | null;
  slug: string;
  name: string;
  headline: string;
  bio: string;
  updated_ms: number;
  mentoring_open: boolean;
  /** [skill id, free label, level] per declared skill (JSON: parsed natively). */
  skills: [string | null, string | null, number][] | null;
  /** Publication ids, comma-separated (a uuid never holds a comma). */
  papers: string | null;
};

/**
 * Everything the re-ranking reads about the candidates: from the expert directory for people
 * unchanged since it was read (ADR 072), from PostgreSQL for the others (readCandidates).
 */
export async function loadExpertCandidates(
  db: Database,
  ids: readonly string[],
  known: KnownTexts = { builtAt: 0, publications: new Map(), profiles: new Map() },
  view: ExpertView = NO_DIRECTORY,
): Promise<ExpertCandidate[]> {
  const inMemory = new Map<string, ExpertCandidate>();
  const reread: string[] = [];
  for (const id of ids) {
    const entry = view.unchanged(id);
    if (entry) inMemory.set(id, fromDirectory(id, entry));
    else reread.push(id);
  }
  if (reread.length === 0) return ids.flatMap((id) => inMemory.get(id) ?? []);
  const fromDb = new Map((await readCandidates(db, reread, known)).map((c) => [c.personId, c]));
  return ids.flatMap((id) => inMemory.get(id) ?? fromDb.get(id) ?? []);
}

/**
 * A person unchanged since the directory was read: the table holds their texts and papers, so
 * the candidate carries no text (as readCandidates does for texts the table holds).
 */
function fromDirectory(personId: string, entry: DirectoryEntry): ExpertCandidate {
  return {
    personId,
    externalId: entry.externalId,
    slug: entry.slug,
    name: entry.name,
    headline: "",
    bio: "",
    freeTags: [...entry.freeTags],
    updatedAt: entry.updatedAt,
    mentoringOpen: entry.mentoringOpen,
    skills: entry.skills.map((s) => ({ ...s })),
    publications: entry.papers.map((p) => ({ id: p.id, title: "", year: p.year })),
  };
}

/**
 * One query (people, their skills and the ids of their papers, aggregated per person: a few
 * hundred rows instead of thousands, parsed without an ORM layer; ADR 063), and the papers the
 * in-memory table does not hold yet. Texts the table holds are not read: a paper's title is left
 * empty (withPaperTitles fills it for the results shown), a profile's headline and bio are read
 * only when it changed since the table was built.
 */
async function readCandidates(
  db: Database,
  list: readonly string[],
  known: KnownTexts,
): Promise<ExpertCandidate[]> {
  if (list.length === 0) return [];
  // A profile the table holds, unchanged since: its text is already in memory.
  const builtAt = new Date(known.builtAt).toISOString();
  const rows = await db.execute<CandidateRow>(sql`
    select p.id, p.external_id, p.slug, p.full_name as name,
      case when p.updated_at >= ${builtAt}::timestamptz then p.headline else '' end as headline,
      case when p.updated_at >= ${builtAt}::timestamptz then p.bio else '' end as bio,
      floor(extract(epoch from p.updated_at) * 1000)::float8 as updated_ms,
      (p.mentoring_status = 'open' and p.mentoring_capacity > 0) as mentoring_open,
      (select json_agg(json_build_array(ps.skill_id, ps.free_label, ps.level))
        from person_skills ps where ps.person_id = p.id) as skills,
      (select string_agg(pa.publication_id::text, ',')
        from publication_authors pa where pa.person_id = p.id) as papers
    from people p
    where p.id = any(${`{${list.join(",")}}`}::uuid[])`);

  const byPerson = new Map<string, ExpertCandidate>();
  const stale = new Set<string>();
  const authorships: { personId: string; id: string }[] = [];
  for (const r of rows) {
    if (r.updated_ms >= known.builtAt || !known.profiles.has(r.id)) stale.add(r.id);
    const candidate: ExpertCandidate = {
      personId: r.id,
      externalId: r.external_id,
      slug: r.slug,
      name: r.name,
      headline: r.headline,
      bio: r.bio,
      freeTags: [],
      updatedAt: r.updated_ms,
      mentoringOpen: r.mentoring_open,
      skills: [],
      publications: [],
    };
    byPerson.set(r.id, candidate);
    for (const [skillId, freeLabel, level] of r.skills ?? []) {
      if (skillId) candidate.skills.push({ skillId, level });
      else if (freeLabel) candidate.freeTags.push(freeLabel);
    }
    if (r.papers) for (const id of r.papers.split(",")) authorships.push({ personId: r.id, id });
  }
  // Papers written since the table was built and already tokenised: their text is not read again.
  const late = lateTexts(known).papers;
  const [unknownPapers, staleTexts] = await Promise.all([
    papersNotInTable(
      db,
      authorships.map((a) => a.id).filter((id) => !known.publications.has(id) && !late.has(id)),
    ),
    // Rare: listed since the table was built without a change of the profile itself.
    profileTexts(
      db,
      rows.filter((r) => stale.has(r.id) && r.updated_ms < known.builtAt).map((r) => r.id),
    ),
  ]);
  for (const t of staleTexts) {
    const candidate = byPerson.get(t.id);
    if (candidate) Object.assign(candidate, { headline: t.headline, bio: t.bio });
  }
  const papers = authorships
    .map((a) => {
      const stored = known.publications.get(a.id) ?? late.get(a.id);
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

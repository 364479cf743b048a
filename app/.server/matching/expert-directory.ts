import { sql } from "drizzle-orm";
import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import type { Audience } from "./expert-pool";
import type { PaperIndex } from "./paper-index";

/** Enough to judge depth; a prolific author's older papers add nothing to the ranking. */
export const PUBLICATIONS_PER_PERSON = 30;

/**
 * What matching reads about a listed person, as of the word-rarity table: who may appear (the
 * pool's fields), who they are, their skills and their newest papers (ids of the table's papers).
 */
export type DirectoryEntry = {
  externalId: string | null;
  slug: string;
  name: string;
  updatedAt: number;
  kind: string;
  visibility: string;
  country: string | null;
  sectors: readonly string[];
  offers: readonly string[];
  languages: readonly string[];
  mentoringOpen: boolean;
  skills: readonly { skillId: string; level: number }[];
  freeTags: readonly string[];
  /** Newest first, at most PUBLICATIONS_PER_PERSON. */
  papers: readonly { id: string; year: number }[];
  /** All their papers in the table (the people index's publicationCount). */
  publicationCount: number;
};

/** A concept's holder: most published first (the people index's sort), then by id. */
export type Holder = { id: string; level: number; entry: DirectoryEntry };

/**
 * The listed people (not students, verified, not hidden) read with the word-rarity table, so a
 * describe-your-need request finds its pool and its candidates in memory instead of PostgreSQL.
 * Anyone written since `readAt` is read from PostgreSQL again (expert-view.ts): the directory is
 * never the source of truth, only a copy with a known date (ADR 072).
 */
export type ExpertDirectory = {
  readAt: number;
  entries: ReadonlyMap<string, DirectoryEntry>;
  /** By skill id: its holders, most published first. */
  holders: ReadonlyMap<string, readonly Holder[]>;
};

/**
 * Rows read between two pauses: at 100k people the directory is a few hundred ms of work, which
 * in one go would hold every request behind it (as the word table did; corpus-stats.ts).
 */
const SLICE = 2000;
const handBackTheLoop = () => new Promise((resolve) => setImmediate(resolve));

type Row = {
  id: string;
  external_id: string | null;
  slug: string;
  name: string;
  updated_ms: number;
  kind: string;
  visibility: string;
  country: string | null;
  mentoring_open: boolean;
  skills: [string | null, string | null, number][] | null;
  sectors: string[] | null;
  offers: string[] | null;
  languages: string[] | null;
};

/** Reads the directory; `readAt` must be taken before the read starts (the changes' cut-off). */
export async function readExpertDirectory(
  db: Database,
  readAt: number,
  papers: { index: PaperIndex; years: ReadonlyMap<string, { year: number }> },
): Promise<ExpertDirectory> {
  const rows = await db.execute<Row>(sql`
    select p.id, p.external_id, p.slug, p.full_name as name,
      floor(extract(epoch from p.updated_at) * 1000)::float8 as updated_ms,
      p.kind::text as kind, p.visibility::text as visibility, p.country,
      (p.mentoring_status = 'open' and p.mentoring_capacity > 0) as mentoring_open,
      (select json_agg(json_build_array(ps.skill_id, ps.free_label, ps.level))
        from person_skills ps where ps.person_id = p.id) as skills,
      (select array_agg(s.sector_id)::text[] from person_sectors s where s.person_id = p.id) as sectors,
      (select array_agg(distinct o.kind::text)::text[] from offers_needs o
        where o.person_id = p.id and o.direction = 'offer') as offers,
      (select array_agg(l.language::text)::text[] from person_languages l
        where l.person_id = p.id) as languages
    from people p
    where p.kind <> 'student' and p.verification = 'verified' and p.visibility <> 'hidden'`);
  const papersOf = await newestPapers(papers.index, papers.years);
  const entries = new Map<string, DirectoryEntry>();
  const holders = new Map<string, Holder[]>();
  // One string per skill id and sector, shared by every entry (JSON gives each row its own).
  const shared = new Map<string, string>();
  const intern = (value: string) => {
    const known = shared.get(value);
    if (known !== undefined) return known;
    shared.set(value, value);
    return value;
  };
  for (const [i, r] of rows.entries()) {
    if (i % SLICE === SLICE - 1) await handBackTheLoop();
    const skills: { skillId: string; level: number }[] = [];
    const freeTags: string[] = [];
    for (const [skillId, freeLabel, level] of r.skills ?? []) {
      if (skillId) skills.push({ skillId: intern(skillId), level });
      else if (freeLabel) freeTags.push(freeLabel);
    }
    const authored = papersOf.get(r.id);
    const entry: DirectoryEntry = {
      externalId: r.external_id,
      slug: r.slug,
      name: r.name,
      updatedAt: r.updated_ms,
      kind: r.kind,
      visibility: r.visibility,
      country: r.country,
      sectors: r.sectors?.map(intern) ?? [],
      offers: r.offers?.map(intern) ?? [],
      languages: r.languages?.map(intern) ?? [],
      mentoringOpen: r.mentoring_open,
      skills,
      freeTags,
      papers: authored?.slice(0, PUBLICATIONS_PER_PERSON) ?? [],
      publicationCount: authored?.length ?? 0,
    };
    entries.set(r.id, entry);
    for (const { skillId, level } of skills) {
      let list = holders.get(skillId);
      if (!list) {
        list = [];
        holders.set(skillId, list);
      }
      list.push({ id: r.id, level, entry });
    }
  }
  for (const list of holders.values()) {
    list.sort(mostPublished);
    await handBackTheLoop();
  }
  return { readAt, entries, holders };
}

/** The people index's order for concept holders: most published first, then by id. */
export function mostPublished(a: Holder, b: Holder) {
  return (
    b.entry.publicationCount - a.entry.publicationCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Each author's papers among the table's, newest first, from the paper index's authorships. */
async function newestPapers(index: PaperIndex, years: ReadonlyMap<string, { year: number }>) {
  const byPerson = new Map<string, { id: string; year: number }[]>();
  for (const [n, id] of index.ids.entries()) {
    if (n % (SLICE * 4) === SLICE * 4 - 1) await handBackTheLoop();
    const year = years.get(id)?.year ?? 0;
    for (const person of index.authors[n]!) {
      let list = byPerson.get(person);
      if (!list) {
        list = [];
        byPerson.set(person, list);
      }
      list.push({ id, year });
    }
  }
  for (const [person, list] of byPerson) {
    if (list.length > 1) list.sort((a, b) => b.year - a.year);
    if (list.length > PUBLICATIONS_PER_PERSON)
      byPerson.set(person, list.slice(0, PUBLICATIONS_PER_PERSON));
  }
  return byPerson;
}

/**
 * poolCondition (expert-pool.ts) on a directory entry: listed experts and researchers who pass
 * every filter. The two must agree; expert-directory.test.ts compares them on a network.
 */
export function entryInPool(
  entry: DirectoryEntry,
  filters: MatchFilters,
  audience: Audience,
): boolean {
  if (entry.kind !== "expert" && entry.kind !== "researcher") return false;
  if (audience === "public" ? entry.visibility !== "public" : entry.visibility === "hidden") {
    return false;
  }
  const anyOf = (values: readonly string[] | undefined, held: readonly string[]) =>
    !values?.length || values.some((v) => held.includes(v));
  if (filters.country?.length && !(entry.country && filters.country.includes(entry.country))) {
    return false;
  }
  if (filters.kind?.length && !filters.kind.includes(entry.kind as never)) return false;
  if (!anyOf(filters.sectors, entry.sectors)) return false;
  if (!anyOf(filters.offers, entry.offers)) return false;
  if (!anyOf(filters.languages, entry.languages)) return false;
  if (filters.mentoringOpen !== undefined && filters.mentoringOpen !== entry.mentoringOpen) {
    return false;
  }
  return true;
}

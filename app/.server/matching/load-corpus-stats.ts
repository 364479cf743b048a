import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { buildCorpusStats, type CorpusStats } from "./corpus-stats";
import { getTaxonomy } from "./load-taxonomy";
import { stemConceptReader } from "./publication-themes";

/** Profiles change by the minute, word rarity does not: rebuild at most this often. */
const MAX_AGE_MS = 10 * 60_000;

type Entry = { value: Promise<CorpusStats>; refreshing: boolean };
const cache = new WeakMap<Database, Entry>();

/**
 * The document-frequency table, kept in memory per database. The first call builds it; once it
 * is older than MAX_AGE_MS the stale table keeps answering while a fresh one is built beside it.
 */
export async function getCorpusStats(db: Database): Promise<CorpusStats> {
  let entry = cache.get(db);
  if (!entry) {
    entry = { value: loadCorpusStats(db), refreshing: false };
    cache.set(db, entry);
    entry.value.catch(() => cache.delete(db));
    return entry.value;
  }
  const stats = await entry.value;
  if (Date.now() - stats.builtAt > MAX_AGE_MS && !entry.refreshing) {
    const current = entry;
    current.refreshing = true;
    loadCorpusStats(db)
      .then((fresh) => {
        if (cache.get(db) === current)
          cache.set(db, { value: Promise.resolve(fresh), refreshing: false });
      })
      .catch(() => {
        current.refreshing = false;
      });
  }
  return stats;
}

/** Forget the table (after a bulk import, or between test networks). */
export function invalidateCorpusStats(db: Database) {
  cache.delete(db);
}

async function loadCorpusStats(db: Database): Promise<CorpusStats> {
  const readAt = Date.now();
  const listed = sql`p.kind <> 'student' and p.verification = 'verified' and p.visibility <> 'hidden'`;
  const [profiles, publications, holders, taxonomy] = await Promise.all([
    db.execute<{ id: string; text: string }>(sql`
      select p.id, p.headline || ' ' || p.bio || ' ' || coalesce((
        select string_agg(ps.free_label, ' ') from person_skills ps
        where ps.person_id = p.id and ps.free_label is not null), '') as text
      from people p where ${listed}`),
    db.execute<{ id: string; title: string; abstract: string; year: number }>(
      sql`select id, title, abstract, year from publications`,
    ),
    db.execute<{ skill: string; holders: number }>(sql`
      select ps.skill_id as skill, count(*)::int as holders
      from person_skills ps join people p on p.id = ps.person_id
      where ps.skill_id is not null and ${listed}
      group by ps.skill_id`),
    getTaxonomy(db),
  ]);
  return buildCorpusStats(
    {
      profiles,
      publications,
      people: profiles.length,
      conceptHolders: holders.map((r) => [r.skill, r.holders] as [string, number]),
      conceptsOf: stemConceptReader(taxonomy.matcher),
    },
    readAt,
  );
}

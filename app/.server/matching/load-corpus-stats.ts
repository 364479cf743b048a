import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { onIndexChanged } from "../../../search/index-changes";
import { buildCorpusStatsInSlices, type CorpusStats } from "./corpus-stats";
import { readExpertDirectory } from "./expert-directory";
import { getTaxonomy } from "./load-taxonomy";
import { stemConceptReader } from "./publication-themes";

/** Profiles change by the minute, word rarity does not: rebuild at most this often. */
const MAX_AGE_MS = 10 * 60_000;
/**
 * After a burst of writes (an import, a bulk load) the table is rebuilt once the index has been
 * quiet this long: its papers feed retrieval, and a paper it lacks is found only by its rarest
 * words. Steady edits never go quiet and wait for MAX_AGE_MS.
 */
const QUIET_MS = 30_000;

type Entry = { value: Promise<CorpusStats>; refreshing: boolean; builtAt?: number };
// The server entry (which warms it at boot) and the Remix build (which reads it) are separate
// module graphs: one table per process, kept on globalThis like the connection pool.
const holder = globalThis as typeof globalThis & {
  __passerelleCorpusStats?: WeakMap<Database, Entry>;
};
holder.__passerelleCorpusStats ??= new WeakMap();
const cache = holder.__passerelleCorpusStats;

/**
 * The document-frequency table, kept in memory per database. The first call builds it; once it
 * is older than MAX_AGE_MS the stale table keeps answering while a fresh one is built beside it.
 */
export async function getCorpusStats(db: Database): Promise<CorpusStats> {
  const entry = cache.get(db);
  if (!entry) {
    const created: Entry = { value: loadCorpusStats(db), refreshing: false };
    cache.set(db, created);
    created.value.then(
      (stats) => {
        created.builtAt = stats.builtAt;
      },
      () => cache.delete(db),
    );
    return created.value;
  }
  const stats = await entry.value;
  if (Date.now() - stats.builtAt > MAX_AGE_MS) refreshCorpusStats(db);
  return stats;
}

/** Builds a fresh table beside the current one, which keeps answering until the swap. */
function refreshCorpusStats(db: Database) {
  const current = cache.get(db);
  if (!current || current.refreshing) return;
  current.refreshing = true;
  loadCorpusStats(db)
    .then((fresh) => {
      if (cache.get(db) === current)
        cache.set(db, { value: Promise.resolve(fresh), refreshing: false, builtAt: fresh.builtAt });
    })
    .catch(() => {
      current.refreshing = false;
    });
}

/**
 * The server keeps the table current: QUIET_MS after the search index last changed (writes
 * reach it through the outbox, from this process or an import), the table is rebuilt.
 */
export function keepCorpusStatsFresh(db: Database): () => void {
  let timer: NodeJS.Timeout | undefined;
  const stop = onIndexChanged(() => {
    clearTimeout(timer);
    timer = setTimeout(() => refreshCorpusStats(db), QUIET_MS);
    timer.unref();
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

/**
 * When the table in use began reading the network (ms), or null before the first one is built:
 * the health check reports it, so a benchmark measures the table users meet once an import has
 * settled rather than the one built at boot.
 */
export function corpusStatsBuiltAt(db: Database): number | null {
  return cache.get(db)?.builtAt ?? null;
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
    db.execute<{ id: string; title: string; abstract: string; year: number; authors: string[] }>(
      sql`select p.id, p.title, p.abstract, p.year,
            coalesce(array_agg(pa.person_id) filter (where pa.person_id is not null), '{}')::text[] as authors
          from publications p left join publication_authors pa on pa.publication_id = p.id
          group by p.id`,
    ),
    db.execute<{ skill: string; holders: number }>(sql`
      select ps.skill_id as skill, count(*)::int as holders
      from person_skills ps join people p on p.id = ps.person_id
      where ps.skill_id is not null and ${listed}
      group by ps.skill_id`),
    getTaxonomy(db),
  ]);
  const stats = await buildCorpusStatsInSlices(
    {
      profiles,
      publications,
      people: profiles.length,
      conceptHolders: holders.map((r) => [r.skill, r.holders] as [string, number]),
      conceptsOf: stemConceptReader(taxonomy.matcher),
    },
    readAt,
  );
  const directory = await readExpertDirectory(db, readAt, {
    index: stats.paperIndex,
    years: stats.publications,
  });
  return { ...stats, directory };
}

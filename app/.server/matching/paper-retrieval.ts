import { and, eq, type SQL, sql } from "drizzle-orm";
import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import { people, publicationAuthors, publications } from "../../../db/schema";
import { type CorpusStats, termIdf } from "./corpus-stats";
import { entryInPool } from "./expert-directory";
import { type Audience, poolCondition, poolMembersAmong } from "./expert-pool";
import { type ExpertView, NO_DIRECTORY } from "./expert-view";
import { authorships, authorsOf, papersByWeight, papersWithAny } from "./paper-index";

/**
 * A stem found in at most this many papers (or 0.5 % of documents on a large network) is rare:
 * every paper holding it is retrieved, unranked. This is the promise "a person whose papers share
 * an informative word with the need is a candidate".
 */
const RARE_DOCUMENTS = 50;
const RARE_SHARE = 0.005;
const MAX_RARE_STEMS = 64;
const MAX_COMMON_STEMS = 32;
/** Safety caps: people with a rare word; authorships of the best common-word papers. */
const RARE_PEOPLE = 2000;
const COMMON_ROWS = 300;
/** Authorships of the best common-word papers looked at before the filters (which may drop most). */
const COMMON_LOOKED_AT = 3000;
/**
 * Papers written since the word-rarity table was built are not in its index yet: PostgreSQL's
 * full-text index (always current) is asked about the need's rarest words, so a new paper with
 * one of them is found at once. Few words keep that query a few milliseconds.
 */
const FRESH_STEMS = 8;

/**
 * Authors (in the pool) of papers that share the need's words: in memory over the papers of the
 * word-rarity table (every paper with a rare word; the best papers for the common ones), plus
 * PostgreSQL full-text search over all papers for the rarest words. See ADR 059 (and ADR 014 for
 * the comparison with a Meilisearch index of publications).
 */
export async function authorsOfMatchingPapers(
  db: Database,
  stems: readonly string[],
  stats: CorpusStats,
  options: { filters: MatchFilters; audience: Audience },
  view: ExpertView = NO_DIRECTORY,
): Promise<string[]> {
  const rareDf = Math.max(RARE_DOCUMENTS, RARE_SHARE * stats.documents);
  const df = (s: string) => stats.df.get(s) ?? 0;
  const rare = stems.filter((s) => df(s) <= rareDf).slice(0, MAX_RARE_STEMS);
  const common = stems.filter((s) => df(s) > rareDf).slice(0, MAX_COMMON_STEMS);
  const index = stats.paperIndex;
  const fromRare = authorsOf(index, papersWithAny(index, rare));
  const fromCommon = authorships(
    index,
    papersByWeight(
      index,
      common.map((stem) => ({ stem, weight: termIdf(stats, stem) })),
    ),
    COMMON_LOOKED_AT,
  );
  const rarest = [...rare].sort((a, b) => df(a) - df(b)).slice(0, FRESH_STEMS);
  const [inPool, fresh] = await Promise.all([
    peopleInPool(db, [...new Set([...fromRare, ...fromCommon])], options, view),
    freshPaperAuthors(db, rarest, poolCondition(options.filters, options.audience), view),
  ]);
  const keptRare = fromRare.filter((id) => inPool.has(id)).slice(0, RARE_PEOPLE);
  const keptCommon = fromCommon.filter((id) => inPool.has(id)).slice(0, COMMON_ROWS);
  return [...new Set([...keptRare, ...fresh, ...keptCommon])];
}

/**
 * Which of these people the pool holds: the directory answers for those unchanged since it was
 * read (someone it does not list was not listed then and has not changed since), one query for
 * the others.
 */
async function peopleInPool(
  db: Database,
  ids: readonly string[],
  options: { filters: MatchFilters; audience: Audience },
  view: ExpertView,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set<string>();
  if (!view.changed) {
    return new Set(await poolMembersAmong(db, ids, options.filters, options.audience));
  }
  const kept = new Set<string>();
  const reread: string[] = [];
  for (const id of ids) {
    if (view.changed.has(id)) reread.push(id);
    else {
      const entry = view.unchanged(id);
      if (entry && entryInPool(entry, options.filters, options.audience)) kept.add(id);
    }
  }
  for (const id of await poolMembersAmong(db, reread, options.filters, options.audience))
    kept.add(id);
  return kept;
}

/**
 * Authors of papers the in-memory index does not hold yet, through PostgreSQL's full-text index.
 * With a directory, only people written since it was read can have such papers.
 */
async function freshPaperAuthors(
  db: Database,
  stems: readonly string[],
  pool: SQL,
  view: ExpertView,
) {
  const query = toTsQuery(stems);
  if (!query || view.changed?.size === 0) return [];
  const onlyChanged = view.changed
    ? sql`${publicationAuthors.personId} = any(${`{${[...view.changed].join(",")}}`}::uuid[])`
    : undefined;
  const rows = await db
    .selectDistinct({ id: publicationAuthors.personId })
    .from(publications)
    .innerJoin(publicationAuthors, eq(publicationAuthors.publicationId, publications.id))
    .innerJoin(people, eq(people.id, publicationAuthors.personId))
    .where(
      and(sql`${publications.searchVector} @@ to_tsquery('simple', ${query})`, pool, onlyChanged),
    )
    .limit(RARE_PEOPLE);
  return rows.map((r) => r.id);
}

/**
 * "speech:* | recognition:* | darija:*": the matcher's stems as prefixes (they are light stems
 * of accent-free words: "diseas" finds "diseases"), short ones exactly. Only letters and digits
 * reach the query, so no input can break its syntax.
 */
export function toTsQuery(stems: readonly string[]): string | null {
  const parts = stems
    .map((s) => s.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((s) => s.length >= 2)
    .map((s) => (s.length >= 4 ? `${s}:*` : s));
  return parts.length > 0 ? [...new Set(parts)].join(" | ") : null;
}

import { and, desc, eq, sql } from "drizzle-orm";
import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import { people, publicationAuthors, publications } from "../../../db/schema";
import type { CorpusStats } from "./corpus-stats";
import { type Audience, poolCondition } from "./expert-pool";

/**
 * A stem found in at most this many papers (or 0.5 % of documents on a large network) is rare:
 * every paper holding it is retrieved, unranked. This is the promise "a person whose papers share
 * an informative word with the need is a candidate".
 */
const RARE_DOCUMENTS = 50;
const RARE_SHARE = 0.005;
const MAX_RARE_STEMS = 64;
const MAX_COMMON_STEMS = 32;
/** Safety caps on rows read; the common words' papers come best first (ts_rank). */
const RARE_ROWS = 2000;
const COMMON_ROWS = 300;

/**
 * Authors (in the pool) of papers that share the need's words, through PostgreSQL full-text
 * search over titles and abstracts (publications.search_vector, GIN). Always up to date: the
 * vector is a generated column, written in the same transaction as the paper. See ADR 014 for
 * the measured comparison with a Meilisearch index of publications.
 */
export async function authorsOfMatchingPapers(
  db: Database,
  stems: readonly string[],
  stats: CorpusStats,
  options: { filters: MatchFilters; audience: Audience },
): Promise<string[]> {
  const rareDf = Math.max(RARE_DOCUMENTS, RARE_SHARE * stats.documents);
  const rare = stems.filter((s) => (stats.df.get(s) ?? 0) <= rareDf).slice(0, MAX_RARE_STEMS);
  const common = stems.filter((s) => (stats.df.get(s) ?? 0) > rareDf).slice(0, MAX_COMMON_STEMS);
  const pool = poolCondition(options.filters, options.audience);
  const matching = (query: string) =>
    sql`${publications.searchVector} @@ to_tsquery('simple', ${query})`;
  const base = () =>
    db
      .selectDistinct({ id: publicationAuthors.personId })
      .from(publications)
      .innerJoin(publicationAuthors, eq(publicationAuthors.publicationId, publications.id))
      .innerJoin(people, eq(people.id, publicationAuthors.personId));
  const rareQuery = toTsQuery(rare);
  const commonQuery = toTsQuery(common);
  const [fromRare, fromCommon] = await Promise.all([
    rareQuery
      ? base()
          .where(and(matching(rareQuery), pool))
          .limit(RARE_ROWS)
      : [],
    commonQuery
      ? db
          .select({ id: publicationAuthors.personId })
          .from(publications)
          .innerJoin(publicationAuthors, eq(publicationAuthors.publicationId, publications.id))
          .innerJoin(people, eq(people.id, publicationAuthors.personId))
          .where(and(matching(commonQuery), pool))
          .orderBy(
            desc(sql`ts_rank(${publications.searchVector}, to_tsquery('simple', ${commonQuery}))`),
          )
          .limit(COMMON_ROWS)
      : [],
  ]);
  return [...new Set([...fromRare.map((r) => r.id), ...fromCommon.map((r) => r.id)])];
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

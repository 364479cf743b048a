import type postgres from "postgres";
import { DIRECTORY_FACETS, type DirectoryFacet, PAGE_SIZE } from "../app/utils/directory-query";

/** A directory search as PostgreSQL answers it (the bench's BenchQuery fits it too). */
export type PgSearchQuery = {
  q: string;
  filters: Partial<Record<DirectoryFacet, string[]>>;
  /** 1-based page of PAGE_SIZE hits. */
  page?: number;
};

/** Facets stored as arrays in the view; the others are plain columns. */
const ARRAY_FACETS = new Set<DirectoryFacet>([
  "skills",
  "sectors",
  "languages",
  "offers",
  "organization",
]);
const MAX_FACET_VALUES = 200;
const HIT_COLUMNS = [
  "id",
  "slug",
  "name",
  "kind",
  "headline",
  "country",
  "city",
  "mentoring_open",
  ...DIRECTORY_FACETS.filter((f) => !["country", "city", "kind"].includes(f)),
  "skills_fr",
  "skills_en",
  "skills_ar",
]
  .map((c) => `p.${c}`)
  .join(", ");

/**
 * One statement per search over the objects of pgSearchSetup(prefix) (search/pg-search.sql.ts),
 * doing the work the app asks of Meilisearch: the ranked page of 20, the total, and the counts of
 * all eight facets; a selected facet is counted without its own filter (disjunctive facets),
 * exactly like the app's extra facet queries.
 */
export function buildPgSearch(query: PgSearchQuery, prefix: string) {
  /** The corrected query, computed once per statement (an InitPlan the GIN index can use). */
  const tsq = "(select tsq from q)";
  const params: (string | string[])[] = [query.q];
  const param = (value: string | string[]) => {
    params.push(value);
    return `$${params.length}`;
  };
  const text = query.q.trim() !== "";
  const where = (except?: DirectoryFacet) => {
    const clauses = text ? [`p.doc @@ ${tsq}`] : ["true"];
    for (const [facet, values] of Object.entries(query.filters) as [DirectoryFacet, string[]][]) {
      if (facet === except || values.length === 0) continue;
      clauses.push(
        ARRAY_FACETS.has(facet)
          ? `p.${facet} && ${param(values)}::text[]`
          : `p.${facet} = any(${param(values)}::text[])`,
      );
    }
    return clauses.join(" and ");
  };
  const selected = (Object.keys(query.filters) as DirectoryFacet[]).filter(
    (f) => (query.filters[f] ?? []).length > 0,
  );
  const rank = text ? `ts_rank('{0.1, 0.2, 0.4, 1.0}', p.doc, ${tsq})` : "0";
  const offset = (Math.max(1, query.page ?? 1) - 1) * PAGE_SIZE;
  const ctes = [
    `q as materialized (select ${prefix}tsquery($1) as tsq)`,
    `hits as materialized (select ${HIT_COLUMNS}, ${rank} as rank
       from ${prefix}people p where ${where()})`,
    ...selected.map(
      (f) => `hits_${f} as materialized (select p.${f} from ${prefix}people p where ${where(f)})`,
    ),
  ];
  const facetSql = DIRECTORY_FACETS.map((facet) => {
    const source = selected.includes(facet) ? `hits_${facet}` : "hits";
    const value = ARRAY_FACETS.has(facet) ? `unnest(${facet})` : facet;
    return `select '${facet}' as facet, coalesce(json_object_agg(v, n), '{}') as counts from (
        select v, count(*) as n from (select ${value} as v from ${source}) x
        group by v order by n desc, v limit ${MAX_FACET_VALUES}) c`;
  }).join("\n union all ");
  const statement = `with ${ctes.join(",\n")}
    select (select count(*) from hits)::int as total,
      (select coalesce(json_agg(h), '[]') from (
         select id, slug, name, kind, headline, country, city, organization[1] as organization,
           skills, skills_fr, skills_en, skills_ar, sectors, languages, offers, mentoring_open
         from hits order by rank desc, name limit ${PAGE_SIZE} offset ${offset}) h) as hits,
      (select json_object_agg(facet, counts) from (${facetSql}) f) as facets`;
  return { statement, params };
}

export type PgHit = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  headline: string;
  country: string;
  city: string;
  organization: string | null;
  skills: string[];
  skills_fr: string[];
  skills_en: string[];
  skills_ar: string[];
  sectors: string[];
  languages: string[];
  offers: string[];
  mentoring_open: boolean;
};
export type PgSearchRow = {
  total: number;
  hits: PgHit[];
  facets: Record<DirectoryFacet, Record<string, number>>;
};

export async function runPgSearch(sql: postgres.Sql, query: PgSearchQuery, prefix: string) {
  const { statement, params } = buildPgSearch(query, prefix);
  const [row] = await sql.unsafe<PgSearchRow[]>(statement, params as never[], { prepare: true });
  return row!;
}

import type postgres from "postgres";
import { DIRECTORY_FACETS, type DirectoryFacet, PAGE_SIZE } from "~/utils/directory-query";
import { PG_ALTERNATIVE_SETUP } from "./pg-alternative.sql";
import type { BenchQuery } from "./queries";

/** Builds the bench-only view and indexes; returns how long PostgreSQL took. */
export async function setupPgAlternative(sql: postgres.Sql): Promise<number> {
  const start = Date.now();
  for (const statement of PG_ALTERNATIVE_SETUP) await sql.unsafe(statement);
  return Date.now() - start;
}

/** Facets stored as arrays in the view; the others are plain columns. */
const ARRAY_FACETS = new Set<DirectoryFacet>([
  "skills",
  "sectors",
  "languages",
  "offers",
  "organization",
]);
const MAX_FACET_VALUES = 200;
/** The corrected query, computed once per statement (an InitPlan the GIN index can use). */
const TSQ = "(select tsq from q)";
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
]
  .map((c) => `p.${c}`)
  .join(", ");

/**
 * One statement per search, doing the work the app asks of Meilisearch: the ranked page of 20,
 * the total, and the counts of all eight facets; a selected facet is counted without its own
 * filter (disjunctive facets), exactly like the app's extra facet queries.
 */
export function buildPgSearch(query: BenchQuery) {
  const params: (string | string[])[] = [query.q];
  const param = (value: string | string[]) => {
    params.push(value);
    return `$${params.length}`;
  };
  const text = query.q.trim() !== "";
  const where = (except?: DirectoryFacet) => {
    const clauses = text ? [`p.doc @@ ${TSQ}`] : ["true"];
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
  const rank = text ? `ts_rank('{0.1, 0.2, 0.4, 1.0}', p.doc, ${TSQ})` : "0";
  const ctes = [
    "q as materialized (select bench_tsquery($1) as tsq)",
    `hits as materialized (select ${HIT_COLUMNS}, ${rank} as rank
       from bench_people p where ${where()})`,
    ...selected.map(
      (f) => `hits_${f} as materialized (select p.${f} from bench_people p where ${where(f)})`,
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
           skills, skills_fr, sectors, languages, offers, mentoring_open
         from hits order by rank desc, name limit ${PAGE_SIZE}) h) as hits,
      (select json_object_agg(facet, counts) from (${facetSql}) f) as facets`;
  return { statement, params };
}

export type PgResult = { ids: string[]; total: number; facets: Record<string, unknown> };

export function pgSearch(sql: postgres.Sql) {
  return async (query: BenchQuery): Promise<PgResult> => {
    const { statement, params } = buildPgSearch(query);
    const [row] = await sql.unsafe<{ total: number; hits: { id: string }[]; facets: never }[]>(
      statement,
      params as never[],
      { prepare: true },
    );
    return { ids: row!.hits.map((h) => h.id), total: row!.total, facets: row!.facets };
  };
}

/** How PostgreSQL plans one query: for the report's notes. */
export async function explainPg(sql: postgres.Sql, query: BenchQuery) {
  const { statement, params } = buildPgSearch(query);
  const rows = await sql.unsafe(`explain (analyze, costs off) ${statement}`, params as never[]);
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

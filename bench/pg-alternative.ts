import type postgres from "postgres";
import { buildPgSearch as buildSharedPgSearch } from "../search/pg-search";
import { PG_ALTERNATIVE_SETUP } from "./pg-alternative.sql";
import type { BenchQuery } from "./queries";

/** Builds the bench-only view and indexes; returns how long PostgreSQL took. */
export async function setupPgAlternative(sql: postgres.Sql): Promise<number> {
  const start = Date.now();
  for (const statement of PG_ALTERNATIVE_SETUP) await sql.unsafe(statement);
  return Date.now() - start;
}

/** The bench's statement: the app's PostgreSQL search (search/pg-search.ts) on the bench_ objects. */
export function buildPgSearch(query: BenchQuery) {
  return buildSharedPgSearch(query, "bench_");
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

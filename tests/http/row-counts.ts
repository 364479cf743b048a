import type { Database } from "../../db/client";

/** Tables whose counts may change without a write of the request's own (counters, sessions). */
const EXCLUDED = new Set(["rate_limits", "sessions"]);

/**
 * The number of rows of every application table, in one statement: compared before and after a
 * refused request, it shows the request changed nothing.
 */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = (
    await db.sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
  )
    .map((t) => t.name)
    // Derived copies of the directory (the search fallback's, the bench's) are not data.
    .filter((name) => !EXCLUDED.has(name) && !/^(search_fallback_|bench_)/.test(name));
  const columns = tables.map((t) => `'${t}', (select count(*)::int from "${t}")`).join(", ");
  const [row] = await db.sql.unsafe<{ counts: Record<string, number> }[]>(
    `select json_build_object(${columns}) as counts`,
  );
  return row!.counts;
}

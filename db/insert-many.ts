import { getTableColumns, getTableName, is, SQL, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client";

const CHUNK = 10_000;

/**
 * Inserts many rows with one array parameter per column (INSERT … SELECT FROM unnest). drizzle's
 * multi-row VALUES builder spent 28 % of an import's wall time preparing statements (profiled at
 * 10k people); this sends a handful of parameters whatever the row count. A column no row sets
 * keeps its database default; a row leaving out a column other rows set gets the column's
 * JavaScript default, else NULL. Array and JSON columns are not supported (nothing bulk-writes them).
 */
export async function insertMany<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: T["$inferInsert"][],
  options: { onConflictDoNothing?: boolean } = {},
) {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const used = columns.filter(([key]) => rows.some((row) => row[key as keyof typeof row] != null));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const names = used.map(([, column]) =>
      sql.identifier(column.keyAsName ? toSnakeCase(column.name) : column.name),
    );
    const arrays = used.map(([key, column]) => {
      const type = column.getSQLType();
      if (type.endsWith("]") || type.startsWith("json")) {
        throw new Error(`insertMany: ${getTableName(table)}.${key} (${type}) is not supported`);
      }
      const values = chunk.map((row) => {
        const value = row[key as keyof typeof row] ?? fallback(column);
        return value == null ? null : column.mapToDriverValue(value);
      });
      return sql`${sql.param(arrayLiteral(values))}::${sql.raw(type)}[]`;
    });
    await tx.execute(sql`insert into ${table} (${sql.join(names, sql`, `)})
      select * from unnest(${sql.join(arrays, sql`, `)})
      ${options.onConflictDoNothing ? sql`on conflict do nothing` : sql``}`);
  }
}

function fallback(column: PgColumn) {
  return column.default !== undefined && !is(column.default, SQL) ? column.default : null;
}

/** A list of strings as one PostgreSQL array parameter (`= any(${…}::text[])`). */
export function textArray(values: readonly string[]) {
  return arrayLiteral(values as unknown[]);
}

/** A PostgreSQL array literal, every element quoted, so its text input is unambiguous. */
function arrayLiteral(values: unknown[]) {
  const items = values.map((value) => {
    if (value === null) return "NULL";
    const text =
      value instanceof Date
        ? value.toISOString()
        : typeof value === "boolean"
          ? value
            ? "t"
            : "f"
          : String(value);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(",")}}`;
}

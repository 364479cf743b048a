import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import type { Executor } from "./client";

export type CopyCell = string | number | boolean | null;

/**
 * Writes rows with PostgreSQL's COPY … FROM STDIN (text format) in the caller's transaction: the
 * fastest way in, no statement to parse and no parameter limit. For bulk loads (the import's
 * staging tables); columns are trusted names, never user input.
 */
export async function copyRows(
  db: Executor | postgres.Sql | postgres.TransactionSql,
  table: string,
  columns: readonly string[],
  rows: CopyCell[][],
) {
  if (rows.length === 0) return;
  const client = rawClient(db);
  const text = rows.map((row) => row.map(copyCell).join("\t")).join("\n");
  const target = await client.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from([`${text}\n`]), target);
}

/** PostgreSQL COPY text format: \N is null; backslash, tab and line breaks are escaped. */
export function copyCell(value: CopyCell): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  if (!SPECIAL.test(value)) return value;
  // PostgreSQL's text cannot hold NUL, and postgres.js never settles a COPY the server refused
  // (its stream is already finished): refuse it here, with the error PostgreSQL would give.
  if (value.includes("\u0000")) throw new NulInTextError();
  return value
    .replaceAll("\\", "\\\\")
    .replaceAll("\t", "\\t")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r");
}

// drizzle keeps the postgres.js connection of a transaction (or savepoint) on its session and
// offers no COPY: the statement must run on that very connection to see the transaction.
function rawClient(db: Executor | postgres.Sql | postgres.TransactionSql): postgres.Sql {
  if (typeof db === "function") return db as postgres.Sql;
  const holder = db as unknown as { session?: { client?: postgres.Sql }; $client?: postgres.Sql };
  const client = holder.session?.client ?? holder.$client;
  if (!client) throw new Error("copyRows: no postgres.js connection behind this executor");
  return client;
}

// Characters COPY text must escape, and NUL (a control character is what this looks for).
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is refused on purpose
const SPECIAL = /[\\\t\n\r\u0000]/;

export class NulInTextError extends Error {
  code = "22021";
  constructor() {
    super('invalid byte sequence for encoding "UTF8": 0x00');
  }
}

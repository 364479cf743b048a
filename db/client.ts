import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>;

type DatabaseOptions = {
  max?: number;
  /** Server-side cap on one statement (DB_STATEMENT_TIMEOUT_MS); 0 or absent: none. */
  statementTimeoutMs?: number;
};

export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A server that accepts no connection (dead, restarting, frozen) fails fast instead of after
    // 30 s; pages then answer 503 (docs/decisions/015-engine-supervisor-and-search-fallback.md).
    connect_timeout: 5,
    ...(options.statementTimeoutMs
      ? { connection: { statement_timeout: options.statementTimeoutMs } }
      : {}),
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return Object.assign(db, { sql });
}

/** A transaction handle or the database itself: domain functions accept either. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

// The server entry and the Remix build are separate module graphs (and Vite reloads modules in
// development): one connection pool per process, kept on globalThis.
const holder = globalThis as typeof globalThis & { __passerelleDb?: Database };

export function getDb(): Database {
  if (!holder.__passerelleDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app through server/index.ts");
    const statementTimeoutMs = Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 0) || undefined;
    holder.__passerelleDb = createDatabase(url, { statementTimeoutMs });
  }
  return holder.__passerelleDb;
}

export async function closeDb() {
  const db = holder.__passerelleDb;
  holder.__passerelleDb = undefined;
  await db?.sql.end({ timeout: 5 });
}

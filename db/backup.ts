import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type postgres from "postgres";
import { createDatabase } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";

/**
 * Logical backups of the application's tables, read and written through SQL (see
 * docs/decisions/015-engine-supervisor-and-search-fallback.md for why not pg_dump: the embedded
 * PostgreSQL ships no pg_dump, and Debian's pg_dump 15 refuses a PostgreSQL 18 server).
 *
 * A backup is one gzip file: a first line naming the format, a JSON header (tables, columns,
 * sequences, the migration level), then each table's rows, one JSON object a line, parents
 * before children. It is taken in one repeatable-read snapshot, so it is consistent while the app
 * keeps writing.
 */
const MAGIC = "PASSERELLE-BACKUP 1";
const BATCH = 1000;
/** Objects that are not data: the search fallback's and the bench's copies of the directory. */
const DERIVED = /^(search_fallback_|bench_)/;

type TableHeader = { name: string; columns: string[]; rows: number };
export type BackupHeader = {
  createdAt: string;
  /** created_at of the newest applied migration (drizzle's journal "when"). */
  migrationLevel: number;
  tables: TableHeader[];
  sequences: { name: string; value: string; called: boolean }[];
};

export async function writeBackup(databaseUrl: string, file: string): Promise<BackupHeader> {
  const db = createDatabase(databaseUrl, { max: 1 });
  const partial = `${file}.partial`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const header = await db.sql.begin("isolation level repeatable read read only", async (tx) => {
      // Parents first: a restore then loads the file from top to bottom.
      const listed = await listTables(tx);
      const order = await loadOrder(
        tx,
        listed.map((t) => t.name),
      );
      const tables = order.map((name) => listed.find((t) => t.name === name)!);
      for (const table of tables) {
        const [row] = await tx.unsafe<{ n: number }[]>(
          `select count(*)::int as n from "${table.name}"`,
        );
        table.rows = row!.n;
      }
      const sequences = await tx<{ name: string; value: string; called: boolean }[]>`
        select sequencename as name, coalesce(last_value, start_value)::text as value,
          last_value is not null as called
        from pg_sequences where schemaname = 'public' and sequencename !~ ${DERIVED.source}`;
      const [level] = await tx<{ level: string | null }[]>`
        select max(created_at)::text as level from drizzle.__drizzle_migrations`;
      const header: BackupHeader = {
        createdAt: new Date().toISOString(),
        migrationLevel: Number(level?.level ?? 0),
        tables,
        sequences: [...sequences],
      };
      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(partial));
      gzip.write(`${MAGIC}\n${JSON.stringify(header)}\n`);
      for (const table of tables) {
        gzip.write(`\\table ${table.name}\n`);
        // One JSON object per row, read through a cursor (postgres.js 3.4 COPY streams stall
        // under backpressure); row_to_json keeps every type's text form, and restore reads it
        // back with json_populate_recordset.
        const columns = table.columns.map((c) => `"${c}"`).join(", ");
        const cursor = tx
          .unsafe<{ r: string }[]>(
            `select row_to_json(t)::text as r from (select ${columns} from "${table.name}") t`,
          )
          .cursor(BATCH);
        for await (const rows of cursor) {
          if (!gzip.write(`${rows.map((row) => row.r).join("\n")}\n`)) await once(gzip, "drain");
        }
        gzip.write("\\.\n");
      }
      gzip.end();
      await written;
      return header;
    });
    await fs.rename(partial, file);
    return header;
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  } finally {
    await db.sql.end();
  }
}

/**
 * Replaces every table's content with the backup's: the schema is rebuilt by the migrations up to
 * the backup's level, the rows are loaded in one transaction, then newer migrations run. The
 * search index must be rebuilt afterwards (scripts/restore.ts does).
 */
export async function restoreBackup(databaseUrl: string, file: string): Promise<BackupHeader> {
  const lines = readline.createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.value !== MAGIC) throw new Error(`${file} is not a Passerelle backup`);
  const header = JSON.parse((await it.next()).value as string) as BackupHeader;

  const db = createDatabase(databaseUrl, { max: 1 });
  try {
    const known = await migrationLevels();
    if (header.migrationLevel > Math.max(0, ...known)) {
      throw new Error("This backup comes from a newer version of Passerelle: update the app first");
    }
    await db.sql.unsafe(
      `drop schema if exists drizzle cascade; drop schema public cascade; create schema public`,
    );
    await migrateUpTo(db, header.migrationLevel);

    await db.sql.begin(async (tx) => {
      const names = header.tables.map((t) => `"${t.name}"`).join(", ");
      // Migrations may seed rows (taxonomy…): the backup's rows replace them.
      if (names) await tx.unsafe(`truncate ${names} restart identity cascade`);
      // Tables come parents first (writeBackup), inserted in batches as they are read.
      for (let next = await it.next(); !next.done; next = await it.next()) {
        const name = next.value.match(/^\\table (.+)$/)?.[1];
        const table = header.tables.find((t) => t.name === name);
        if (!table) throw new Error(`Unexpected line in backup: ${next.value.slice(0, 80)}`);
        const columns = table.columns.map((c) => `"${c}"`).join(", ");
        const insert = (rows: string[]) =>
          tx.unsafe(
            `insert into "${table.name}" (${columns}) select ${columns} from json_populate_recordset(null::"${table.name}", $1::json)`,
            [`[${rows.join(",")}]`],
          );
        let batch: string[] = [];
        for (let row = await it.next(); !row.done && row.value !== "\\."; row = await it.next()) {
          batch.push(row.value);
          if (batch.length === BATCH) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length > 0) await insert(batch);
      }
      for (const s of header.sequences) {
        await tx`select setval(${`public."${s.name}"`}, ${s.value}::bigint, ${s.called})`;
      }
    });
    await migrateDatabase(db); // whatever came after the backup
    return header;
  } finally {
    await db.sql.end();
  }
}

async function listTables(tx: postgres.TransactionSql): Promise<TableHeader[]> {
  const rows = await tx<{ name: string; columns: string[] }[]>`
    select c.table_name as name,
      array_agg(c.column_name::text order by c.ordinal_position) as columns
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
      and c.table_name !~ ${DERIVED.source}
    group by c.table_name order by c.table_name`;
  return rows.map((r) => ({ name: r.name, columns: r.columns, rows: 0 }));
}

/** Parents before children (foreign keys), so each COPY finds the rows it points to. */
async function loadOrder(tx: postgres.TransactionSql, tables: string[]) {
  const edges = await tx<{ child: string; parent: string }[]>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`;
  const strip = (name: string) => name.replace(/^"|"$/g, "");
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (strip(edge.child) === table) visit(strip(edge.parent));
    visiting.delete(table);
    if (tables.includes(table)) ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

async function migrationLevels(): Promise<number[]> {
  const journal = JSON.parse(
    await fs.readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as { entries: { when: number }[] };
  return journal.entries.map((e) => e.when);
}

/** Runs the migrations up to a level only: a copy of the journal cut there. */
async function migrateUpTo(db: ReturnType<typeof createDatabase>, level: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-migrations-"));
  try {
    const journal = JSON.parse(
      await fs.readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
    ) as { entries: { when: number; tag: string }[] };
    const entries = journal.entries.filter((e) => e.when <= level);
    await fs.mkdir(path.join(dir, "meta"));
    await fs.writeFile(
      path.join(dir, "meta", "_journal.json"),
      JSON.stringify({ ...journal, entries }),
    );
    for (const entry of entries) {
      await fs.copyFile(
        path.join(migrationsFolder, `${entry.tag}.sql`),
        path.join(dir, `${entry.tag}.sql`),
      );
    }
    await migrateDatabase(db, dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

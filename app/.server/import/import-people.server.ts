import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

import { type ImportIssue, issueFromDatabase, issuesFromZod } from "./import-issues.server";
import { ImportLineSchema } from "./line-schema.server";
import { createResolver, type DesiredPerson } from "./resolve.server";
import { createStagingTables } from "./staging.server";
import { writeChunk } from "./write.server";

export type ImportReport = {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rejected lines, each with why (a line can be wrong in several ways). */
  rejected: { line: number; issues: ImportIssue[] }[];
  warnings: { line: number; issue: ImportIssue }[];
};

export type ImportOptions = {
  /** Lines staged and merged at once: memory stays bounded whatever the file's size. */
  chunkSize?: number;
  /** Called after each chunk with the lines read so far and the bytes read (for a progress bar). */
  onProgress?: (progress: { lines: number; bytes: number }) => void;
  /** Called once everything is written and committed (statistics are refreshed after it). */
  onCommitted?: () => void;
};

/**
 * People the import created or changed, queued for indexing when it committed; `queuedAt` is the
 * time stamp of their outbox rows (PostgreSQL's text, exact to the microsecond).
 */
export type ImportIndexing = { personIds: string[]; queuedAt: string };

/**
 * Imports a JSONL stream of people (docs/import-format.md) in one transaction, in chunks: every
 * line is validated and resolved in JavaScript, so a bad line writes nothing and never rolls back
 * good ones; each chunk is COPYed into staging tables and merged set-based (ADR 071). A chunk a
 * database constraint breaks is split in halves until the refused line is alone (each attempt is
 * a savepoint). Nothing is visible, nor indexed, until everything is written: the outbox rows
 * commit with the data, and `indexImported` indexes them in bulk afterwards.
 */
export async function importPeople(
  db: Database,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportReport & { indexing: ImportIndexing }> {
  const { report, indexing } = await db.transaction(async (tx) => {
    await liftStatementTimeout(tx);
    return importInTransaction(tx, input, options);
  });
  options.onCommitted?.();
  if (report.created + report.updated >= REFRESH_STATISTICS_AFTER) await refreshStatistics(db);
  return { ...report, indexing };
}

async function importInTransaction(
  tx: Transaction,
  input: Readable,
  options: ImportOptions,
): Promise<{ report: ImportReport; indexing: ImportIndexing }> {
  const chunkSize = options.chunkSize ?? 5000;
  const report: ImportReport = {
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    warnings: [],
  };
  const resolver = await createResolver(tx);
  await createStagingTables(tx);
  const touched: string[] = [];
  const seen = new Map<string, number>();
  let bytes = 0;
  let batch: { line: number; person: DesiredPerson }[] = [];

  const count = (written: Awaited<ReturnType<typeof writeChunk>>) => {
    for (const outcome of written.outcomes) report[outcome]++;
    touched.push(...written.changedIds);
  };
  // A refused chunk is halved until the line the database refuses is alone: a few dozen merges
  // for one bad line in 5,000, where retrying every line would take thousands.
  const writeOrSplit = async (current: typeof batch): Promise<void> => {
    try {
      count(await tx.transaction((savepoint) => writeChunk(savepoint, current)));
    } catch (error) {
      if (current.length === 1) {
        report.rejected.push({ line: current[0]!.line, issues: [issueFromDatabase(error)] });
        return;
      }
      const half = Math.ceil(current.length / 2);
      await writeOrSplit(current.slice(0, half));
      await writeOrSplit(current.slice(half));
    }
  };
  const write = async (current: typeof batch) => {
    await writeOrSplit(current);
    options.onProgress?.({ lines: report.lines, bytes });
  };
  // PostgreSQL merges one chunk while the next is read and checked: the two cores both work.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    await writing;
    writing = write(current);
  };

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of lines) {
    report.lines++;
    bytes += Buffer.byteLength(text) + 1;
    const number = report.lines;
    const trimmed = text.trim();
    if (!trimmed) {
      report.lines--;
      continue;
    }
    const reject = (...issues: ImportIssue[]) => report.rejected.push({ line: number, issues });
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      reject({ code: "invalidJson" });
      continue;
    }
    const parsed = ImportLineSchema.safeParse(json);
    if (!parsed.success) {
      reject(...issuesFromZod(parsed.error));
      continue;
    }
    const earlier = seen.get(parsed.data.externalId);
    if (earlier) {
      reject({
        code: "duplicateExternalId",
        params: { externalId: parsed.data.externalId, earlier },
      });
      continue;
    }
    seen.set(parsed.data.externalId, number);
    const resolved = await resolver.resolve(parsed.data);
    if (!resolved.ok) {
      reject(resolved.issue);
      continue;
    }
    for (const issue of resolved.warnings) report.warnings.push({ line: number, issue });
    batch.push({ line: number, person: resolved.person });
    if (batch.length >= chunkSize) await flush();
  }
  await flush();
  await writing;
  report.rejected.sort((a, b) => a.line - b.line);
  // now() is the transaction's start: the time stamp of every outbox row it wrote.
  const [{ queuedAt }] = (await tx.execute<{ queuedAt: string }>(
    sql`select now()::text as "queuedAt"`,
  )) as unknown as [{ queuedAt: string }];
  return { report, indexing: { personIds: touched, queuedAt } };
}

const REFRESH_STATISTICS_AFTER = 1000;

/**
 * A large import leaves the planner's statistics stale until autovacuum comes by: mentor
 * suggestions at 10k people then ran a nested loop over every person, 420 ms instead of 57 ms.
 */
async function refreshStatistics(db: Database) {
  await db.transaction(async (tx) => {
    await liftStatementTimeout(tx);
    await tx.execute(
      sql`analyze people, person_skills, person_languages, person_sectors, offers_needs, memberships, publications, publication_authors`,
    );
  });
}

/**
 * The connection's statement timeout (DB_STATEMENT_TIMEOUT_MS, 15 s) guards requests against a
 * runaway query; one set-based merge of a 5,000-line chunk on a busy machine legitimately takes
 * longer, and hitting it rolled a whole 100k import back. Lifted for this transaction only.
 */
async function liftStatementTimeout(tx: Transaction) {
  await tx.execute(sql`set local statement_timeout = 0`);
}

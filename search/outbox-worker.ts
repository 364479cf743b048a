import { and, asc, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client";
import { isDue, type RetryPolicy, recordFailure, tryDrainLock } from "../db/outbox-retry";
import { type SearchOutboxRow, searchOutbox } from "../db/schema";
import type { SearchEngine } from "./client";
import { announceIndexChange, indexChanged } from "./index-changes";
import type { IndexedEntity } from "./outbox";
import { errorMessage, type Refusals, syncEntities } from "./sync-entities";

const BATCH = 500;
/** Processed rows are kept this long: what changed lately can be read back (matching reads it). */
export const KEEP_PROCESSED_MS = 24 * 3600_000;
export const SEARCH_OUTBOX_CHANNEL = "search_outbox";
/** The drain lock's name: the import's bulk indexing holds it too, so the two never overlap. */
export const SEARCH_OUTBOX_LOCK = "search-outbox";
/** Backoff 250 ms · 2ⁿ up to 10 s; a document refused 5 times becomes a dead letter. */
export const SEARCH_RETRY: RetryPolicy = { baseMs: 250, maxBackoffMs: 10_000, maxAttempts: 5 };

export type DrainResult = {
  processed: number;
  failed: number;
  /** Rows that became dead letters in this drain. */
  dead: number;
  more: boolean;
  /** One log line per failure (the job runner writes them). */
  failures: string[];
};

const NOTHING: DrainResult = { processed: 0, failed: 0, dead: 0, more: false, failures: [] };

/**
 * Moves one batch of pending outbox rows into Meilisearch. Rows carry only ids: documents are
 * rebuilt from PostgreSQL now, so replaying a row is harmless. One drainer at a time across
 * instances (advisory lock), so an older read can never overwrite a newer one. A batch that
 * Meilisearch refuses is sent again one document at a time: only the refused rows are retried.
 */
export async function drainOutboxOnce(
  db: Database,
  engine: SearchEngine,
  options: { maxBackoffMs?: number; policy?: Partial<RetryPolicy>; now?: Date } = {},
): Promise<DrainResult> {
  const policy = {
    ...SEARCH_RETRY,
    ...options.policy,
    ...(options.maxBackoffMs ? { maxBackoffMs: options.maxBackoffMs } : {}),
  };
  const result = await db.transaction(async (tx): Promise<DrainResult> => {
    if (!(await tryDrainLock(tx, SEARCH_OUTBOX_LOCK))) return NOTHING;
    const rows = await tx
      .select()
      .from(searchOutbox)
      .where(isDue(searchOutbox, searchOutbox.processedAt, options.now))
      .orderBy(asc(searchOutbox.id))
      .limit(BATCH);
    if (rows.length === 0) return NOTHING;
    const retry = { policy, now: options.now, describe: describeRows(rows) };

    const refusals: Record<IndexedEntity, Refusals> = {
      person: new Map(),
      organization: new Map(),
    };
    try {
      for (const entity of ["person", "organization"] as const)
        refusals[entity] = await syncEntities(tx, engine, entity, idsOf(rows, entity));
    } catch (error) {
      const { lines } = await recordFailure(
        tx,
        searchOutbox,
        rows,
        { message: errorMessage(error), refused: false },
        retry,
      );
      return { ...NOTHING, failed: rows.length, failures: lines };
    }

    const refused = rows.filter((r) => refusals[r.entity].has(r.entityId));
    const done = rows.filter((r) => !refusals[r.entity].has(r.entityId));
    await markProcessed(tx, done);
    // Caches of search answers in other instances hear of it on commit (search/index-changes.ts).
    if (done.length > 0) await announceIndexChange(tx);
    const failures: string[] = [];
    let dead = 0;
    for (const [reason, group] of groupBy(refused, (r) => refusals[r.entity].get(r.entityId)!)) {
      const outcome = await recordFailure(
        tx,
        searchOutbox,
        group,
        { message: reason, refused: true },
        retry,
      );
      failures.push(...outcome.lines);
      dead += outcome.dead;
    }
    return {
      processed: done.length,
      failed: refused.length,
      dead,
      more: rows.length === BATCH,
      failures,
    };
  });
  if (result.processed > 0) indexChanged();
  return result;
}

/**
 * Marks rows processed. An older dead letter of the same entity is settled too: its document is
 * now in the index, so there is nothing left to retry.
 */
async function markProcessed(tx: Executor, rows: SearchOutboxRow[]) {
  if (rows.length === 0) return;
  await tx
    .update(searchOutbox)
    .set({ processedAt: sql`now()`, lastError: null })
    .where(
      inArray(
        searchOutbox.id,
        rows.map((r) => r.id),
      ),
    );
  const entityIds = [...new Set(rows.map((r) => r.entityId))];
  await tx
    .update(searchOutbox)
    .set({ processedAt: sql`now()`, deadAt: null })
    .where(and(isNotNull(searchOutbox.deadAt), inArray(searchOutbox.entityId, entityIds)));
}

export async function purgeProcessedOutbox(db: Database, olderThanMs = KEEP_PROCESSED_MS) {
  await db
    .delete(searchOutbox)
    .where(
      and(
        lt(searchOutbox.processedAt, sql`now() - ${olderThanMs} * interval '1 millisecond'`),
        sql`${searchOutbox.processedAt} is not null`,
      ),
    );
}

/** Rows still to index (dead letters excluded: they wait for an admin). */
export async function pendingOutboxCount(db: Database) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(searchOutbox)
    .where(and(isNull(searchOutbox.processedAt), isNull(searchOutbox.deadAt)));
  return row?.n ?? 0;
}

function idsOf(rows: { entity: string; entityId: string }[], entity: IndexedEntity) {
  return [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
}

/** "person 6f1c…" for one row, "25 rows" for more. */
function describeRows(rows: SearchOutboxRow[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (ids: number[]) => {
    if (ids.length > 1) return `${ids.length} rows`;
    const row = byId.get(ids[0]!);
    return row ? `${row.entity} ${row.entityId} (row ${row.id})` : `row ${ids[0]}`;
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K) {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

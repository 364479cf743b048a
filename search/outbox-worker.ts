import { and, asc, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { searchOutbox } from "../db/schema";
import type { IndexBase, SearchEngine } from "./client";
import { buildOrganizationDocuments, buildPersonDocuments } from "./documents";
import { announceIndexChange, indexChanged } from "./index-changes";
import type { IndexedEntity } from "./outbox";

const BATCH = 500;
const KEEP_PROCESSED_MS = 24 * 3600_000;
// Any constant works; it only has to be the same in every app instance sharing the database.
export const DRAIN_LOCK = 7_305_011;

export type DrainResult = { processed: number; failed: number; more: boolean };

/**
 * Moves one batch of pending outbox rows into Meilisearch. Rows carry only ids: documents are
 * rebuilt from PostgreSQL now, so replaying a row is harmless. One drainer at a time across
 * instances (advisory lock), so an older read can never overwrite a newer one.
 */
export async function drainOutboxOnce(
  db: Database,
  engine: SearchEngine,
  options: { maxBackoffMs?: number } = {},
): Promise<DrainResult> {
  const result = await db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ ok: boolean }>(
      sql`select pg_try_advisory_xact_lock(${DRAIN_LOCK}) as ok`,
    );
    if (!lock?.ok) return { processed: 0, failed: 0, more: false };

    const rows = await tx
      .select()
      .from(searchOutbox)
      .where(and(isNull(searchOutbox.processedAt), lte(searchOutbox.availableAt, sql`now()`)))
      .orderBy(asc(searchOutbox.id))
      .limit(BATCH);
    if (rows.length === 0) return { processed: 0, failed: 0, more: false };
    const ids = rows.map((r) => r.id);

    try {
      await syncEntities(tx, engine, "person", idsOf(rows, "person"));
      await syncEntities(tx, engine, "organization", idsOf(rows, "organization"));
      await tx
        .update(searchOutbox)
        .set({ processedAt: sql`now()`, lastError: null })
        .where(inArray(searchOutbox.id, ids));
      await announceIndexChange(tx);
      return { processed: rows.length, failed: 0, more: rows.length === BATCH };
    } catch (error) {
      // Exponential backoff per row, capped, so a Meilisearch outage is retried calmly.
      const cap = options.maxBackoffMs ?? 10_000;
      await tx
        .update(searchOutbox)
        .set({
          attempts: sql`${searchOutbox.attempts} + 1`,
          availableAt: sql`now() + least(${cap}, 250 * power(2, ${searchOutbox.attempts})) * interval '1 millisecond'`,
          lastError: String((error as Error).message ?? error).slice(0, 500),
        })
        .where(inArray(searchOutbox.id, ids));
      return { processed: 0, failed: rows.length, more: false };
    }
  });
  if (result.processed > 0) indexChanged();
  return result;
}

const INDEX_OF: Record<IndexedEntity, IndexBase> = {
  person: "people",
  organization: "organizations",
};

/** Upserts the current documents of the given entities and deletes those that no longer exist. */
export async function syncEntities(
  db: Parameters<typeof buildPersonDocuments>[0],
  engine: SearchEngine,
  entity: IndexedEntity,
  ids: string[],
  indexUid = engine.index(INDEX_OF[entity]),
) {
  if (ids.length === 0) return;
  const docs =
    entity === "person"
      ? await buildPersonDocuments(db, ids)
      : await buildOrganizationDocuments(db, ids);
  const gone = ids.filter((id) => !docs.has(id));
  const index = engine.client.index(indexUid);
  const tasks = [];
  if (docs.size > 0) tasks.push(index.addDocuments([...docs.values()], { primaryKey: "id" }));
  if (gone.length > 0) tasks.push(index.deleteDocuments(gone));
  for (const task of tasks) {
    const done = await task.waitTask({ interval: 5 });
    if (done.status !== "succeeded") {
      throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ""}`);
    }
  }
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

export async function pendingOutboxCount(db: Database) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt));
  return row?.n ?? 0;
}

function idsOf(rows: { entity: string; entityId: string }[], entity: IndexedEntity) {
  return [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
}

export type OutboxWorker = { stop: () => Promise<void>; kick: () => void };

/**
 * Drains continuously: woken at once by a NOTIFY on commit, and by a timer for retries. Stops
 * cleanly, finishing the batch in flight.
 */
export function startOutboxWorker(
  db: Database,
  engine: SearchEngine,
  options: { pollMs?: number; maxBackoffMs?: number; onError?: (e: unknown) => void } = {},
): OutboxWorker {
  let stopped = false;
  let wake: (() => void) | null = null;
  let kicked = false;
  const kick = () => {
    kicked = true;
    wake?.();
  };
  const listening = db.sql.listen("search_outbox", kick).catch(() => null);
  let lastPurge = 0;

  const loop = (async () => {
    while (!stopped) {
      kicked = false;
      let result: DrainResult = { processed: 0, failed: 0, more: false };
      try {
        result = await drainOutboxOnce(db, engine, options);
        if (Date.now() - lastPurge > 3600_000) {
          lastPurge = Date.now();
          await purgeProcessedOutbox(db);
        }
      } catch (error) {
        options.onError?.(error);
      }
      if (result.more || kicked || stopped) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    kick,
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      const listener = await listening;
      await listener?.unlisten();
    },
  };
}

import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { DRAIN_LOCK_SPACE } from "../../../db/outbox-retry";
import { searchOutbox } from "../../../db/schema";
import { inBatches, indexInBulk } from "../../../search/bulk-index";
import type { SearchEngine } from "../../../search/client";
import { announceIndexChange, indexChanged } from "../../../search/index-changes";
import { SEARCH_OUTBOX_LOCK } from "../../../search/outbox-worker";
import type { ImportIndexing } from "./import-people.server";

/**
 * Indexes what an import wrote, in bulk (large streamed batches, search/bulk-index.ts), then marks
 * its outbox rows done. The outbox worker waits meanwhile (it drains under the same lock), so the
 * two never index the same people twice; if this fails, the worker indexes them later.
 */
export async function indexImported(
  db: Database,
  engine: SearchEngine,
  indexing: ImportIndexing,
  onProgress: (indexed: number, total: number) => void = () => {},
) {
  const ids = indexing.personIds;
  if (ids.length === 0) return;
  const lock = await db.sql.reserve();
  try {
    await lock`select pg_advisory_lock(${DRAIN_LOCK_SPACE}, hashtext(${SEARCH_OUTBOX_LOCK}))`;
    const { refusals } = await indexInBulk(
      db,
      engine,
      "person",
      engine.index("people"),
      inBatches(ids),
      (n) => onProgress(Math.min(n, ids.length), ids.length),
    );
    // Refused documents keep their outbox rows: the worker gives them their retries.
    const indexed = refusals.size === 0 ? ids : ids.filter((id) => !refusals.has(id));
    for (let i = 0; i < indexed.length; i += 10_000) {
      await db
        .update(searchOutbox)
        .set({ processedAt: sql`now()` })
        .where(
          and(
            eq(searchOutbox.entity, "person"),
            inArray(searchOutbox.entityId, indexed.slice(i, i + 10_000)),
            // Only the import's own rows: a later edit of one of these people keeps its row.
            sql`${searchOutbox.createdAt} = ${indexing.queuedAt}::timestamptz`,
            isNull(searchOutbox.processedAt),
          ),
        );
    }
  } finally {
    await lock`select pg_advisory_unlock(${DRAIN_LOCK_SPACE}, hashtext(${SEARCH_OUTBOX_LOCK}))`;
    lock.release();
  }
  indexChanged();
  await announceIndexChange(db);
}

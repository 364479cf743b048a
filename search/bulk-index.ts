import type { EnqueuedTaskPromise } from "meilisearch";
import type { Executor } from "../db/client";
import type { SearchEngine } from "./client";
import { buildOrganizationDocuments, buildPersonDocuments } from "./documents";
import type { IndexedEntity } from "./outbox";
import { isRefusal, MeiliTaskFailed, type Refusals, syncEntities } from "./sync-entities";

/** Documents per Meilisearch task: few large tasks index far faster than many small ones. */
export const BULK_BATCH = 5000;
/** Tasks sent ahead of the one Meilisearch works on: PostgreSQL reads the next batch meanwhile. */
const IN_FLIGHT = 2;

/**
 * Indexes many entities in large batches, streamed: documents are built from PostgreSQL while
 * Meilisearch indexes the previous batches, and at most IN_FLIGHT tasks wait in its queue, so
 * memory stays bounded whatever the count. Resolves once Meilisearch has indexed everything.
 * `batches` yields ids (each batch becomes one task); deleted ids are skipped, not removed.
 * A batch Meilisearch refuses is sent again one document at a time (search/sync-entities.ts), so
 * one bad document costs only itself: the refused ones are returned for the outbox's retries.
 */
export async function indexInBulk(
  db: Executor,
  engine: SearchEngine,
  entity: IndexedEntity,
  indexUid: string,
  batches: AsyncIterable<string[]>,
  onProgress: (indexed: number) => void = () => {},
) {
  const index = engine.client.index(indexUid);
  const queue: { task: EnqueuedTaskPromise; ids: string[] }[] = [];
  const refusals: Refusals = new Map();
  let indexed = 0;
  const settle = async () => {
    const { task, ids } = queue.shift()!;
    try {
      const done = await task.waitTask({ interval: 50, timeout: 600_000 });
      if (done.status !== "succeeded") {
        throw new MeiliTaskFailed(
          done.error?.type,
          done.error?.code,
          `Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ""}`,
        );
      }
    } catch (error) {
      if (!isRefusal(error)) throw error;
      for (const [id, reason] of await syncEntities(db, engine, entity, ids, indexUid))
        refusals.set(id, reason);
    }
    indexed += ids.length;
    onProgress(indexed);
  };
  for await (const ids of batches) {
    if (ids.length === 0) continue;
    const docs =
      entity === "person"
        ? await buildPersonDocuments(db, ids)
        : await buildOrganizationDocuments(db, ids);
    if (docs.size > 0) {
      const task = index.addDocuments([...docs.values()], { primaryKey: "id" });
      task.catch(() => {}); // awaited in settle(); not unhandled while earlier batches settle
      queue.push({ task, ids });
    } else {
      indexed += ids.length;
    }
    while (queue.length > IN_FLIGHT) await settle();
  }
  while (queue.length > 0) await settle();
  return { indexed, refusals };
}

/** A list of ids as batches for indexInBulk. */
export async function* inBatches(ids: readonly string[], size = BULK_BATCH) {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}

import type { EnqueuedTaskPromise } from "meilisearch";
import type { Executor } from "../db/client";
import type { SearchEngine } from "./client";
import { buildOrganizationDocuments, buildPersonDocuments } from "./documents";
import type { IndexedEntity } from "./outbox";

/** Documents per Meilisearch task: few large tasks index far faster than many small ones. */
export const BULK_BATCH = 5000;
/** Tasks sent ahead of the one Meilisearch works on: PostgreSQL reads the next batch meanwhile. */
const IN_FLIGHT = 2;

/**
 * Indexes many entities in large batches, streamed: documents are built from PostgreSQL while
 * Meilisearch indexes the previous batches, and at most IN_FLIGHT tasks wait in its queue, so
 * memory stays bounded whatever the count. Resolves once Meilisearch has indexed everything.
 * `batches` yields ids (each batch becomes one task); deleted ids are skipped, not removed.
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
  const queue: { task: EnqueuedTaskPromise; size: number }[] = [];
  let indexed = 0;
  const settle = async () => {
    const { task, size } = queue.shift()!;
    const done = await task.waitTask({ interval: 50, timeout: 600_000 });
    if (done.status !== "succeeded") {
      throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ""}`);
    }
    indexed += size;
    onProgress(indexed);
  };
  for await (const ids of batches) {
    if (ids.length === 0) continue;
    const docs =
      entity === "person"
        ? await buildPersonDocuments(db, ids)
        : await buildOrganizationDocuments(db, ids);
    if (docs.size > 0) {
      queue.push({
        task: index.addDocuments([...docs.values()], { primaryKey: "id" }),
        size: ids.length,
      });
    } else {
      indexed += ids.length;
    }
    while (queue.length > IN_FLIGHT) await settle();
  }
  while (queue.length > 0) await settle();
  return indexed;
}

/** A list of ids as batches for indexInBulk. */
export async function* inBatches(ids: readonly string[], size = BULK_BATCH) {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}

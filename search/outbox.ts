import type { Executor } from "../db/client";
import { insertMany } from "../db/insert-many";
import { searchOutbox } from "../db/schema";

export type IndexedEntity = "person" | "organization";

/**
 * Records that entities changed. Call it inside the transaction that changes them: the index work
 * then commits or rolls back with the data.
 */
export async function enqueueIndexing(tx: Executor, entity: IndexedEntity, ids: string[]) {
  const unique = [...new Set(ids)];
  await insertMany(
    tx,
    searchOutbox,
    unique.map((entityId) => ({ entity, entityId })),
  );
}

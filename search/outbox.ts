import type { Executor } from "../db/client";
import { searchOutbox } from "../db/schema";

export type IndexedEntity = "person" | "organization";

/**
 * Records that entities changed. Call it inside the transaction that changes them: the index work
 * then commits or rolls back with the data.
 */
export async function enqueueIndexing(tx: Executor, entity: IndexedEntity, ids: string[]) {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5000) {
    await tx
      .insert(searchOutbox)
      .values(unique.slice(i, i + 5000).map((entityId) => ({ entity, entityId })));
  }
}

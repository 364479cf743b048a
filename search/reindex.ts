import { asc, gt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { organizations, people, searchOutbox } from "../db/schema";
import { BULK_BATCH, indexInBulk } from "./bulk-index";
import { INDEX_BASES, type IndexBase, type SearchEngine } from "./client";
import { announceIndexChange, indexChanged } from "./index-changes";
import { enqueueIndexing, type IndexedEntity } from "./outbox";
import { ensureIndex, reconcileIndexSettings } from "./settings";

export type ReindexProgress = { index: IndexBase; done: number; total: number };

/**
 * Rebuilds every index from PostgreSQL into fresh `<name>_new` indexes, then swaps them in one
 * atomic Meilisearch operation: searches keep hitting the old, complete index until the swap.
 * Changes committed while the rebuild ran are replayed from the outbox afterwards, and documents
 * Meilisearch refused are queued there, where they get their retries and, failing those, a dead
 * letter for an admin.
 */
export async function reindexAll(
  db: Database,
  engine: SearchEngine,
  onProgress: (p: ReindexProgress) => void = () => {},
) {
  const [{ startedAt }] = (await db.execute<{ startedAt: Date }>(
    sql`select now() as "startedAt"`,
  )) as unknown as [{ startedAt: Date }];
  const fresh = INDEX_BASES.map((base) => `${engine.index(base)}_new`);
  for (const uid of fresh) await engine.client.deleteIndex(uid).waitTask();
  await reconcileIndexSettings(engine, db, fresh);
  const refused: Record<IndexedEntity, string[]> = { person: [], organization: [] };

  for (const [i, base] of INDEX_BASES.entries()) {
    const uid = fresh[i]!;
    const table = base === "people" ? people : organizations;
    const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(table)) as [
      { total: number },
    ];
    onProgress({ index: base, done: 0, total });
    // Keyset pages in id order: one indexed range read per batch, however large the table.
    async function* pages() {
      let after = "00000000-0000-0000-0000-000000000000";
      while (true) {
        const ids = (
          await db
            .select({ id: table.id })
            .from(table)
            .where(gt(table.id, after))
            .orderBy(asc(table.id))
            .limit(BULK_BATCH)
        ).map((r) => r.id);
        if (ids.length === 0) return;
        after = ids[ids.length - 1]!;
        yield ids;
      }
    }
    const entity = base === "people" ? "person" : "organization";
    const { refusals } = await indexInBulk(db, engine, entity, uid, pages(), (done) =>
      onProgress({ index: base, done: Math.min(done, total), total }),
    );
    refused[entity].push(...refusals.keys());
    onProgress({ index: base, done: total, total });
  }

  for (const base of INDEX_BASES) await ensureIndex(engine, engine.index(base));
  await engine.client
    .swapIndexes(
      INDEX_BASES.map((base) => ({
        indexes: [engine.index(base), `${engine.index(base)}_new`],
        rename: false,
      })),
    )
    .waitTask();
  indexChanged();
  await announceIndexChange(db);
  for (const uid of fresh) await engine.client.deleteIndex(uid).waitTask();

  // Writes that landed in the old index during the rebuild: queue them again for the new one.
  await db.execute(sql`
    insert into ${searchOutbox} (entity, entity_id)
    select distinct entity, entity_id from ${searchOutbox} where created_at >= ${startedAt}`);
  for (const entity of ["person", "organization"] as const)
    await enqueueIndexing(db, entity, refused[entity]);
  return { refused: refused.person.length + refused.organization.length };
}

export async function indexIsEmpty(engine: SearchEngine, uid: string) {
  const stats = await engine.client.index(uid).getStats();
  return stats.numberOfDocuments === 0;
}

import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, type Database } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded-postgres";
import { migrateDatabase } from "../../db/migrate";
import { syncTaxonomy } from "../../db/taxonomy";
import { createSearchEngine, type SearchEngine } from "../../search/client";
import { startMeilisearch } from "../../search/meili-process";
import { drainOutboxOnce } from "../../search/outbox-worker";
import { reconcileIndexSettings } from "../../search/settings";
import { freePort } from "../../server/free-port";

export type EvalEngines = { db: Database; search: SearchEngine; stop: () => Promise<void> };

/** A throwaway PostgreSQL and Meilisearch under a temporary directory, never the dev data. */
export async function startEvalEngines(): Promise<EvalEngines> {
  const root = mkdtempSync(path.join(os.tmpdir(), "passerelle-eval-"));
  chmodSync(root, 0o755);
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({
      dataDir: path.join(root, "postgres"),
      port: pgPort,
      database: "passerelle_eval",
      ephemeral: true,
    }),
    startMeilisearch({ dataDir: path.join(root, "meili"), port: meiliPort }),
  ]);
  const db = createDatabase(pg.url);
  const search = createSearchEngine({ url: meili.url, apiKey: meili.masterKey, prefix: "eval_" });
  await migrateDatabase(db);
  await syncTaxonomy(db);
  await reconcileIndexSettings(search, db);
  return {
    db,
    search,
    stop: async () => {
      await db.sql.end({ timeout: 5 });
      await Promise.allSettled([pg.stop(), meili.stop()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Indexes everything queued so far. */
export async function drainAll(db: Database, search: SearchEngine) {
  while ((await drainOutboxOnce(db, search)).more) {}
  while ((await drainOutboxOnce(db, search)).processed > 0) {}
}

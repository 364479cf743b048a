import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { closeDb, type Database, getDb } from "../../db/client";
import { getSearchEngine, resetSearchEngine, type SearchEngine } from "../../search/client";
import { reconcileIndexSettings } from "../../search/settings";

export type TestContext = {
  db: Database;
  search: SearchEngine;
  databaseUrl: string;
  cleanup: () => Promise<void>;
};

/**
 * A database of its own (cloned from the migrated template, taxonomy loaded) and an index prefix
 * of its own, wired into the process-wide clients the app code uses.
 */
export async function createTestContext(): Promise<TestContext> {
  const id = randomBytes(5).toString("hex");
  const name = `test_${id}`;
  const adminUrl = inject("postgresAdminUrl");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject("templateDatabase")}`);
  await admin.end();

  const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
  await closeDb();
  resetSearchEngine();
  process.env.DATABASE_URL = databaseUrl;
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_MASTER_KEY = inject("meiliKey");
  process.env.MEILI_INDEX_PREFIX = `t${id}_`;
  const db = getDb();
  const search = getSearchEngine();
  await reconcileIndexSettings(search, db);

  return {
    db,
    search,
    databaseUrl,
    cleanup: async () => {
      const { results } = await search.client.getIndexes({ limit: 1000 });
      await Promise.all(
        results
          .filter((index) => index.uid.startsWith(search.prefix))
          .map((index) => search.client.deleteIndex(index.uid).waitTask()),
      );
      await closeDb();
      resetSearchEngine();
      const admin2 = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin2.unsafe(`drop database if exists ${name} with (force)`);
      await admin2.end();
    },
  };
}

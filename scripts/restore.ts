import { existsSync } from "node:fs";
import path from "node:path";
import { restoreBackup } from "../db/backup";
import { reindexAll } from "../search/reindex";
import { runWithRuntime } from "./run-with-runtime";

// npm run restore -- FILE: replaces the database's content with a backup's, then rebuilds the
// search indexes from it. Works beside a running app (its pages answer 503 for those seconds).
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(
    "Usage: npm run restore -- FILE (a backup from npm run backup or $DATA_DIR/backups)",
  );
  process.exit(1);
}
await runWithRuntime(async ({ services, db, search }) => {
  const started = Date.now();
  const header = await restoreBackup(services.databaseUrl, path.resolve(file));
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Restored ${rows} rows from the backup of ${header.createdAt}; reindexing…`);
  await reindexAll(db, search);
  console.log(`Restore done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
});

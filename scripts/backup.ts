import path from "node:path";
import { writeBackup } from "../db/backup";
import { backupFileName, backupsDir } from "../db/backup-schedule";
import { runWithRuntime } from "./run-with-runtime";

// npm run backup [-- FILE]: a consistent copy of every table, by default under $DATA_DIR/backups.
await runWithRuntime(async ({ config, services }) => {
  const file = path.resolve(
    process.argv[2] ?? path.join(backupsDir(config.dataDir), backupFileName(new Date())),
  );
  const started = Date.now();
  const header = await writeBackup(services.databaseUrl, file);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backup written to ${file}: ${header.tables.length} tables, ${rows} rows, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
});

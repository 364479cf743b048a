import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client";

export const migrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "migrations",
);

/** Applies the migrations (of another folder: a restore stops at a backup's level). */
export async function migrateDatabase(db: Database, folder = migrationsFolder) {
  await migrate(db, { migrationsFolder: folder });
}

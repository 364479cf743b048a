import postgres from "postgres";
import { expect, inject, test } from "vitest";
import { createDatabase } from "./client";
import { migrateDatabase } from "./migrate";

test("migrations apply to an empty database and are idempotent", async () => {
  const adminUrl = inject("postgresAdminUrl");
  const name = `migrate_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const db = createDatabase(adminUrl.replace(/\/postgres$/, `/${name}`), { max: 1 });
  try {
    await migrateDatabase(db);
    await migrateDatabase(db);
    const tables = await db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' order by 1`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "people",
        "organizations",
        "skills",
        "person_skills",
        "search_outbox",
        "publications",
      ]),
    );
    const extensions = await db.sql<{ extname: string }[]>`select extname from pg_extension`;
    expect(extensions.map((e) => e.extname)).toEqual(
      expect.arrayContaining(["pg_trgm", "unaccent"]),
    );
  } finally {
    await db.sql.end();
    await admin.unsafe(`drop database ${name} with (force)`);
    await admin.end();
  }
});

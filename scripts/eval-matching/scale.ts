import { getTableColumns, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import {
  memberships,
  offersNeeds,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { generateDemoNetwork } from "../seed/demo-network";

/**
 * Adds copies of the demo network drawn with other seeds (same organizations, new people and
 * papers) until the database holds about `target` profiles: a realistic load for latency.
 */
export async function growNetwork(db: Database, target: number) {
  for (let seed = 3001; ; seed++) {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${people}`);
    if ((row?.n ?? 0) >= target) return;
    const net = generateDemoNetwork(seed);
    await db.transaction(async (tx) => {
      await insertInChunks(
        tx as unknown as Database,
        people,
        net.people.map((p) => ({ ...p, slug: `${p.slug}-g${seed}`, email: null })),
      );
      await insertInChunks(tx as unknown as Database, memberships, net.memberships);
      await insertInChunks(tx as unknown as Database, personSkills, net.personSkills);
      await insertInChunks(tx as unknown as Database, personLanguages, net.personLanguages);
      await insertInChunks(tx as unknown as Database, personSectors, net.personSectors);
      await insertInChunks(
        tx as unknown as Database,
        offersNeeds,
        net.offersNeeds.filter((o) => o.personId !== null),
      );
      await insertInChunks(
        tx as unknown as Database,
        publications,
        net.publications.map((p) => ({ ...p, doi: `${p.doi}.g${seed}` })),
      );
      await insertInChunks(tx as unknown as Database, publicationAuthors, net.publicationAuthors);
      await enqueueIndexing(
        tx,
        "person",
        net.people.map((p) => p.id),
      );
    });
  }
}

async function insertInChunks<T extends PgTable>(db: Database, table: T, rows: PgInsertValue<T>[]) {
  const size = Math.floor(60_000 / Object.keys(getTableColumns(table)).length);
  for (let i = 0; i < rows.length; i += size)
    await db.insert(table).values(rows.slice(i, i + size));
}

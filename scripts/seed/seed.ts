import { getTableColumns } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../../db/client";
import {
  memberships,
  offersNeeds,
  organizationSectors,
  organizations,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
  users,
} from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { hashDemoPasswords, insertDemoAccounts } from "./demo-accounts";
import { generateDemoNetwork } from "./demo-network";
import { seedDemoEvents } from "./events";
import { seedDemoMentorship } from "./mentorship";
import { seedDemoPairings } from "./pairings";
import { insertUnclaimedMentorAccounts } from "./unclaimed-accounts";

/** PostgreSQL accepts at most 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 1000;

/**
 * Loads the demo network in one transaction, with its search-outbox rows, so the index follows
 * whatever commits. The taxonomy (skills, sectors) must already be synced: it is never touched.
 * With `reset`, existing people, organizations, publications and accounts are deleted first (their
 * links cascade) and queued for indexing too, so the worker removes their documents. The demo
 * accounts (scripts/seed/demo-accounts.ts) are created with the network.
 */
export async function seedDemoNetwork(
  db: Database,
  options: { reset?: boolean } = {},
): Promise<{ people: number; organizations: number }> {
  const network = generateDemoNetwork();
  const accountHashes = await hashDemoPasswords();
  await db.transaction(async (tx) => {
    const removedPeople: string[] = [];
    const removedOrganizations: string[] = [];
    if (options.reset) {
      // Accounts go too: their profiles are deleted below, and the demo accounts come back.
      await tx.delete(users);
      await tx.delete(publications);
      const deletedPeople = await tx.delete(people).returning({ id: people.id });
      const deletedOrganizations = await tx
        .delete(organizations)
        .returning({ id: organizations.id });
      removedPeople.push(...deletedPeople.map((r) => r.id));
      removedOrganizations.push(...deletedOrganizations.map((r) => r.id));
    }
    // Parents come before their labs in the list, so each chunk's foreign keys resolve.
    await insertInChunks(tx, organizations, network.organizations);
    await insertInChunks(tx, people, await insertUnclaimedMentorAccounts(tx, network));
    await insertInChunks(tx, memberships, network.memberships);
    await insertInChunks(tx, personSkills, network.personSkills);
    await insertInChunks(tx, personLanguages, network.personLanguages);
    await insertInChunks(tx, personSectors, network.personSectors);
    await insertInChunks(tx, organizationSectors, network.organizationSectors);
    await insertInChunks(tx, offersNeeds, network.offersNeeds);
    await insertInChunks(tx, publications, network.publications);
    await insertInChunks(tx, publicationAuthors, network.publicationAuthors);
    await insertDemoAccounts(tx, network, accountHashes);
    await seedDemoMentorship(tx, network);
    await seedDemoEvents(tx, network);
    await seedDemoPairings(tx, network);

    await enqueueIndexing(tx, "person", [...removedPeople, ...network.people.map((p) => p.id)]);
    await enqueueIndexing(tx, "organization", [
      ...removedOrganizations,
      ...network.organizations.map((o) => o.id),
    ]);
  });
  return { people: network.people.length, organizations: network.organizations.length };
}

/** True when the directory holds no person and no organization (the taxonomy may be loaded). */
export async function databaseIsEmpty(db: Executor): Promise<boolean> {
  const [person] = await db.select({ id: people.id }).from(people).limit(1);
  const [organization] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return !person && !organization;
}

async function insertInChunks<T extends PgTable>(tx: Executor, table: T, rows: PgInsertValue<T>[]) {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size));
  }
}

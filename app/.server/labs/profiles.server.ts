import { and, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type OrganizationKind, organizations } from "../../../db/schema";
import { indexChangeCache } from "../index-change-cache.server";
import { aggregateLab } from "./aggregate";
import { findOrganization, loadLabData } from "./load.server";
import type { LabProfile } from "./types";

/**
 * Organizations' profiles (a university through its labs), each kept in memory until the search
 * index changes: every write that changes a profile (a member, their skills, sectors, languages,
 * offers, publications or verification; the organization itself) enqueues its person or
 * organization for indexing, and the drained outbox announces it (search/index-changes.ts).
 * Those not kept are built together, in the fixed number of queries of `loadLabData`.
 */
async function profilesOf(db: Executor, ids: readonly string[]): Promise<Map<string, LabProfile>> {
  const cache = indexChangeCache("labProfiles");
  const generation = cache.currentGeneration;
  const prefix = `${databaseKey(db)}:`;
  const found = new Map<string, LabProfile>();
  const missing: string[] = [];
  for (const id of ids) {
    const kept = cache.get<LabProfile>(prefix + id);
    if (kept) found.set(id, kept);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const data = await loadLabData(db, missing);
  for (const id of missing) {
    const lab = data.get(id);
    if (!lab) continue;
    const profile = aggregateLab(lab);
    found.set(id, profile);
    cache.set(prefix + id, profile, generation);
  }
  return found;
}

// One process serves one database; tests open a new one per context: each gets its own entries.
const databaseKeys = new WeakMap<object, number>();
let databasesSeen = 0;
function databaseKey(db: Executor) {
  if (!databaseKeys.has(db)) databaseKeys.set(db, ++databasesSeen);
  return databaseKeys.get(db)!;
}

/** The profile of a lab (or of a university through its labs), by id or slug; null when unknown. */
export async function getLabProfile(db: Executor, idOrSlug: string): Promise<LabProfile | null> {
  const org = await findOrganization(db, idOrSlug);
  if (!org) return null;
  return (await profilesOf(db, [org.id])).get(org.id) ?? null;
}

export async function getLabProfiles(db: Executor, orgIds: string[]): Promise<LabProfile[]> {
  const profiles = await profilesOf(db, orgIds);
  return orgIds.flatMap((id) => profiles.get(id) ?? []);
}

/**
 * Every organization of the given kinds (among `onlyIds` when given), aggregated: the candidates
 * of a partner search.
 */
export async function listLabProfiles(
  db: Executor,
  kinds: readonly OrganizationKind[],
  onlyIds?: readonly string[],
): Promise<LabProfile[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        inArray(organizations.kind, [...kinds]),
        onlyIds ? inArray(organizations.id, [...onlyIds]) : undefined,
      ),
    );
  return getLabProfiles(
    db,
    rows.map((r) => r.id),
  );
}

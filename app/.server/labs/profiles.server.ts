import type { Executor } from "../../../db/client";
import type { OrganizationKind } from "../../../db/schema";
import { indexChangeCache } from "../index-change-cache.server";
import { aggregateLab } from "./aggregate";
import { findOrganization, loadLabData } from "./load.server";
import type { LabProfile } from "./types";

/**
 * Every organization's profile (a university through its labs), built in one pass and kept until
 * the search index changes: every write that changes a profile (a member, their skills, sectors,
 * languages, offers, publications or verification; the organization itself) enqueues its person
 * or organization for indexing, and the drained outbox announces it (search/index-changes.ts).
 * Partner rankings (/orgs/:slug/partners, an event's partner labs, the API) read from here.
 */
async function allProfiles(db: Executor): Promise<ReadonlyMap<string, LabProfile>> {
  return indexChangeCache("labProfiles").remember(`profiles:${databaseKey(db)}`, async () => {
    const ids = (await db.query.organizations.findMany({ columns: { id: true } })).map((o) => o.id);
    const data = await loadLabData(db, ids);
    return new Map(ids.flatMap((id) => (data.has(id) ? [[id, aggregateLab(data.get(id)!)]] : [])));
  });
}

// One process serves one database; tests open a new one per context: each gets its own entry.
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
  return (await allProfiles(db)).get(org.id) ?? null;
}

export async function getLabProfiles(db: Executor, orgIds: string[]): Promise<LabProfile[]> {
  const profiles = await allProfiles(db);
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
  const profiles = await allProfiles(db);
  const only = onlyIds ? new Set(onlyIds) : null;
  return [...profiles.values()].filter((p) => kinds.includes(p.kind) && (!only || only.has(p.id)));
}

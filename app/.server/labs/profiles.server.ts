import { and, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type OrganizationKind, organizations } from "../../../db/schema";
import { aggregateLab } from "./aggregate";
import { findOrganization, loadLabData } from "./load.server";
import type { LabProfile } from "./types";

/** The profile of a lab (or of a university through its labs), by id or slug; null when unknown. */
export async function getLabProfile(db: Executor, idOrSlug: string): Promise<LabProfile | null> {
  const org = await findOrganization(db, idOrSlug);
  if (!org) return null;
  const data = await loadLabData(db, [org.id]);
  const lab = data.get(org.id);
  return lab ? aggregateLab(lab) : null;
}

export async function getLabProfiles(db: Executor, orgIds: string[]): Promise<LabProfile[]> {
  const data = await loadLabData(db, orgIds);
  return orgIds.flatMap((id) => {
    const lab = data.get(id);
    return lab ? [aggregateLab(lab)] : [];
  });
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

import { and, desc, eq, inArray } from "drizzle-orm";
import type { Locale } from "~/utils/i18n";
import type { ConventionKind } from "~/vocabulary/offers";
import type { Database } from "../../../db/client";
import { memberships, organizations } from "../../../db/schema";
import { explainForReader } from "../partners/explain";
import { suggestPartnerLabs } from "../partners/suggest.server";

/** Lab-to-lab purposes a registration can ask for; otherwise labs meet for joint research. */
const LAB_PURPOSES: readonly ConventionKind[] = [
  "joint_research",
  "thesis_cosupervision",
  "mobility",
];
/** Only the organizations with someone registered are ranked: all of them are kept. */
const ALL_LABS = 1000;

export type PartnerLabMeeting = {
  personId: string;
  lab: { slug: string; name: string; acronym: string | null; country: string; city: string };
  score: number;
  explanation: string;
  rows: ReturnType<typeof explainForReader>["rows"];
};

/**
 * For a lab member: the labs `suggestPartnerLabs` ranks for their lab (Moroccan lab ↔ Belgian
 * lab) among the organizations with a member registered, with the member to meet (the lab's
 * representative first). Empty for someone in no lab.
 */
export async function partnerLabsAtEvent(
  db: Database,
  viewer: { personId: string; needs: readonly ConventionKind[] },
  registrants: ReadonlySet<string>,
  locale: Locale,
): Promise<PartnerLabMeeting[]> {
  const [own] = await db
    .select({ id: organizations.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, viewer.personId), eq(organizations.kind, "lab")))
    .orderBy(desc(memberships.isPrimary))
    .limit(1);
  if (!own || registrants.size === 0) return [];
  const present = await presentMembers(db, registrants);
  if (present.size === 0) return [];
  const purpose = viewer.needs.find((k) => LAB_PURPOSES.includes(k)) ?? "joint_research";
  const result = await suggestPartnerLabs(db, own.id, {
    purpose,
    limit: ALL_LABS,
    candidateIds: [...present.keys()],
  });
  return (result?.suggestions ?? []).flatMap((s) => {
    const member = present.get(s.partner.id)?.find((id) => id !== viewer.personId);
    if (!member) return [];
    const { slug, name, acronym, country, city } = s.partner;
    return [
      {
        personId: member,
        lab: { slug, name, acronym, country, city },
        score: s.score,
        ...explainForReader(s, locale),
      },
    ];
  });
}

/** Registrants by the organization they belong to (and its parent), representatives first. */
async function presentMembers(db: Database, registrants: ReadonlySet<string>) {
  const rows = await db
    .select({
      personId: memberships.personId,
      organizationId: memberships.organizationId,
      parentId: organizations.parentId,
      represents: memberships.represents,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(inArray(memberships.personId, [...registrants]))
    .orderBy(desc(memberships.represents), desc(memberships.isPrimary));
  const byOrg = new Map<string, string[]>();
  for (const r of rows) {
    for (const org of [r.organizationId, r.parentId]) {
      if (!org) continue;
      const list = byOrg.get(org) ?? [];
      if (!list.includes(r.personId)) list.push(r.personId);
      byOrg.set(org, list);
    }
  }
  return byOrg;
}

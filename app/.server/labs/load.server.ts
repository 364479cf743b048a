import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { isUuid } from "~/utils/field-schemas";
import type { Executor } from "../../../db/client";
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
} from "../../../db/schema";
import { countedPerson } from "../../../db/schema/people";
import type {
  LabData,
  MemberData,
  OfferNeedData,
  OrganizationData,
  PublicationData,
} from "./types";

type OrgRow = typeof organizations.$inferSelect;

// People whose profile counts in aggregates: db/schema/people.ts's countedPerson (verified, not
// hidden). A pending profile's claims are unchecked, and a hidden person asked not to be shown
// (not even as a number behind a score).

/**
 * Skills, sectors, languages and offers/needs of the given people, in five queries. Only counted
 * people (see above) unless `everyone` is set: a person asking for their own suggestions counts.
 */
export async function loadMembers(
  db: Executor,
  personIds: string[],
  { everyone = false } = {},
): Promise<MemberData[]> {
  if (personIds.length === 0) return [];
  const [rows, skillRows, sectorRows, languageRows, offerRows] = await Promise.all([
    db
      .select({ id: people.id, kind: people.kind, country: people.country })
      .from(people)
      .where(and(inArray(people.id, personIds), everyone ? undefined : countedPerson)),
    db
      .select({
        personId: personSkills.personId,
        skillId: personSkills.skillId,
        level: personSkills.level,
      })
      .from(personSkills)
      .where(and(inArray(personSkills.personId, personIds), isNotNull(personSkills.skillId))),
    db.select().from(personSectors).where(inArray(personSectors.personId, personIds)),
    db.select().from(personLanguages).where(inArray(personLanguages.personId, personIds)),
    db
      .select({
        personId: offersNeeds.personId,
        direction: offersNeeds.direction,
        kind: offersNeeds.kind,
        details: offersNeeds.details,
      })
      .from(offersNeeds)
      .where(inArray(offersNeeds.personId, personIds)),
  ]);
  const byPerson = <T extends { personId: string | null }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of list)
      if (row.personId) map.set(row.personId, [...(map.get(row.personId) ?? []), row]);
    return map;
  };
  const skills = byPerson(skillRows);
  const sectors = byPerson(sectorRows);
  const languages = byPerson(languageRows);
  const offers = byPerson(offerRows);
  return rows.map((p) => ({
    personId: p.id,
    kind: p.kind,
    country: p.country,
    skills: (skills.get(p.id) ?? []).map((s) => ({ skillId: s.skillId!, level: s.level })),
    sectors: (sectors.get(p.id) ?? []).map((s) => s.sectorId),
    languages: (languages.get(p.id) ?? []).map((l) => ({ language: l.language, level: l.level })),
    offersNeeds: (offers.get(p.id) ?? []).map(({ direction, kind, details }) => ({
      direction,
      kind,
      details,
    })),
  }));
}

/** Publications written by any of the people, each with all its authors. */
export async function loadPublications(
  db: Executor,
  personIds: string[],
): Promise<PublicationData[]> {
  if (personIds.length === 0) return [];
  const ids = [
    ...new Set(
      (
        await db
          .select({ id: publicationAuthors.publicationId })
          .from(publicationAuthors)
          .where(inArray(publicationAuthors.personId, personIds))
      ).map((r) => r.id),
    ),
  ];
  if (ids.length === 0) return [];
  const [rows, authors] = await Promise.all([
    db
      .select({
        id: publications.id,
        year: publications.year,
        title: publications.title,
        abstract: publications.abstract,
      })
      .from(publications)
      .where(inArray(publications.id, ids)),
    db
      .select({
        publicationId: publicationAuthors.publicationId,
        personId: publicationAuthors.personId,
      })
      .from(publicationAuthors)
      .where(inArray(publicationAuthors.publicationId, ids)),
  ]);
  const authorsOf = new Map<string, string[]>();
  for (const a of authors) {
    authorsOf.set(a.publicationId, [...(authorsOf.get(a.publicationId) ?? []), a.personId]);
  }
  return rows.map((p) => ({ ...p, authorIds: authorsOf.get(p.id) ?? [] }));
}

export async function findOrganization(db: Executor, idOrSlug: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(isUuid(idOrSlug) ? eq(organizations.id, idOrSlug) : eq(organizations.slug, idOrSlug))
    .limit(1);
  return row ?? null;
}

/**
 * Everything needed to aggregate each of the given organizations, in a fixed number of queries
 * however many organizations are asked for. An organization aggregates the labs below it.
 */
export async function loadLabData(db: Executor, orgIds: string[]): Promise<Map<string, LabData>> {
  const result = new Map<string, LabData>();
  if (orgIds.length === 0) return result;
  const all = await db.select().from(organizations);
  const children = new Map<string, OrgRow[]>();
  for (const o of all)
    if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  const byId = new Map(all.map((o) => [o.id, o]));
  const familyOf = (id: string) => {
    const below: OrgRow[] = [];
    const queue = [...(children.get(id) ?? [])];
    while (queue.length > 0 && below.length < 500) {
      const next = queue.shift()!;
      below.push(next);
      queue.push(...(children.get(next.id) ?? []));
    }
    return below;
  };
  const families = new Map(orgIds.filter((id) => byId.has(id)).map((id) => [id, familyOf(id)]));
  const unitIds = [
    ...new Set([...families].flatMap(([id, below]) => [id, ...below.map((u) => u.id)])),
  ];

  const [memberRows, sectorRows, orgOffers] = await Promise.all([
    db
      .select({ personId: memberships.personId, organizationId: memberships.organizationId })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(inArray(memberships.organizationId, unitIds), countedPerson)),
    db
      .select()
      .from(organizationSectors)
      .where(inArray(organizationSectors.organizationId, unitIds)),
    db
      .select({
        organizationId: offersNeeds.organizationId,
        direction: offersNeeds.direction,
        kind: offersNeeds.kind,
        details: offersNeeds.details,
      })
      .from(offersNeeds)
      .where(inArray(offersNeeds.organizationId, unitIds)),
  ]);
  const personIds = [...new Set(memberRows.map((m) => m.personId))];
  const [members, pubs] = await Promise.all([
    loadMembers(db, personIds),
    loadPublications(db, personIds),
  ]);
  const memberById = new Map(members.map((m) => [m.personId, m]));
  const membersOf = (unitId: string) =>
    memberRows.filter((m) => m.organizationId === unitId).map((m) => m.personId);
  const orgData = (o: OrgRow): OrganizationData => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    country: o.country,
    city: o.city,
    parentId: o.parentId,
    description: o.description,
    sectors: sectorRows.filter((s) => s.organizationId === o.id).map((s) => s.sectorId),
    offersNeeds: orgOffers
      .filter((r) => r.organizationId === o.id)
      .map(({ direction, kind, details }): OfferNeedData => ({ direction, kind, details })),
  });

  for (const [id, below] of families) {
    const ids = new Set([id, ...below.map((u) => u.id)]);
    const ownMembers = new Set(
      memberRows.filter((m) => ids.has(m.organizationId)).map((m) => m.personId),
    );
    const list = [...ownMembers].flatMap((p) => memberById.get(p) ?? []);
    result.set(id, {
      organization: orgData(byId.get(id)!),
      units: below.map((u) => ({ ...orgData(u), memberIds: membersOf(u.id) })),
      members: list,
      publications: pubs.filter((p) => p.authorIds.some((a) => ownMembers.has(a))),
    });
  }
  return result;
}

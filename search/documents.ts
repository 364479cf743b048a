import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
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
  sectors,
  skills,
} from "../db/schema";
import { countedPerson } from "../db/schema/people";

/** What Meilisearch holds for a person: derived from PostgreSQL, rebuilt at will. */
export type PersonDocument = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  headline: string;
  bio: string;
  country: string;
  city: string;
  organization: string[];
  /** Concept ids; the labels to show come from the taxonomy in the reader's language. */
  skills: string[];
  /** Concepts held at level 5, and at 4 or 5: matching takes a concept's best holders first. */
  topSkills: string[];
  strongSkills: string[];
  /**
   * One element per skill with its three labels, so a skill ranks the same in any language: the
   * concepts of `skills`, then the `freeTags`, in that order.
   */
  skillLabels: string[];
  relatedSkills: string[];
  freeTags: string[];
  sectors: string[];
  sectorLabels: string[];
  languages: string[];
  offers: string[];
  mentoringOpen: boolean;
  publicationTitles: string[];
  publicationCount: number;
  visibility: string;
  verification: string;
  /** Shown in the public directory: verified, public, not a student. */
  listed: boolean;
};

export type OrganizationDocument = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  country: string;
  city: string;
  parent: string | null;
  parentSlug: string | null;
  description: string;
  sectors: string[];
  sectorLabels: string[];
  memberCount: number;
  updatedAt: number;
};

const BIO_CHARS = 600;

type SkillRow = { id: string; fr: string; en: string; ar: string; broader: string | null };

/** Builds the documents of the given people; ids with no row (deleted) are absent from the map. */
export async function buildPersonDocuments(db: Executor, ids: string[]) {
  const out = new Map<string, PersonDocument>();
  if (ids.length === 0) return out;
  const rows = await db.select().from(people).where(inArray(people.id, ids));
  if (rows.length === 0) return out;
  const found = rows.map((r) => r.id);

  const [skillRows, taxonomy, sectorRows, languageRows, offerRows, orgRows, pubRows] =
    await Promise.all([
      db
        .select()
        .from(personSkills)
        .where(inArray(personSkills.personId, found))
        .orderBy(desc(personSkills.level)),
      loadTaxonomy(db),
      db
        .select({ personId: personSectors.personId, sector: sectors })
        .from(personSectors)
        .innerJoin(sectors, eq(sectors.id, personSectors.sectorId))
        .where(inArray(personSectors.personId, found)),
      db.select().from(personLanguages).where(inArray(personLanguages.personId, found)),
      db.select().from(offersNeeds).where(inArray(offersNeeds.personId, found)),
      db
        .select({
          personId: memberships.personId,
          isPrimary: memberships.isPrimary,
          name: organizations.name,
          slug: organizations.slug,
        })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(inArray(memberships.personId, found)),
      db
        .select({ personId: publicationAuthors.personId, title: publications.title })
        .from(publicationAuthors)
        .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
        .where(inArray(publicationAuthors.personId, found)),
    ]);

  // Group once: a reindex batch holds a thousand people and several thousand rows per table.
  const skillsOf = groupBy(skillRows, (r) => r.personId);
  const sectorsOf = groupBy(sectorRows, (r) => r.personId);
  const languagesOf = groupBy(languageRows, (r) => r.personId);
  const offersOf = groupBy(offerRows, (r) => r.personId ?? "");
  const orgsOf = groupBy(orgRows, (r) => r.personId);
  const titlesOf = groupBy(pubRows, (r) => r.personId);

  for (const person of rows) {
    const own = skillsOf.get(person.id) ?? [];
    const concepts = own.flatMap((s) => (s.skillId ? [taxonomy.get(s.skillId)!] : []));
    const freeTags = own.flatMap((s) => (s.freeLabel ? [s.freeLabel] : []));
    const related = new Set<string>();
    for (const concept of concepts) {
      for (const ancestor of ancestors(concept, taxonomy)) {
        if (!concepts.includes(ancestor)) related.add(ancestor.id);
      }
    }
    const orgs = [...(orgsOf.get(person.id) ?? [])].sort(
      (a, b) => Number(b.isPrimary) - Number(a.isPrimary),
    );
    const personSectorRows = sectorsOf.get(person.id) ?? [];
    const personOffers = offersOf.get(person.id) ?? [];
    const titles = (titlesOf.get(person.id) ?? []).map((p) => p.title);

    out.set(person.id, {
      id: person.id,
      slug: person.slug,
      name: person.fullName,
      kind: person.kind,
      headline: person.headline,
      bio: person.bio.slice(0, BIO_CHARS),
      country: person.country,
      city: person.city,
      organization: orgs.map((o) => o.name),
      skills: concepts.map((c) => c.id),
      topSkills: own.flatMap((s) => (s.skillId && s.level >= 5 ? [s.skillId] : [])),
      strongSkills: own.flatMap((s) => (s.skillId && s.level >= 4 ? [s.skillId] : [])),
      skillLabels: [...concepts.map((c) => `${c.fr} · ${c.en} · ${c.ar}`), ...freeTags],
      relatedSkills: [...related].flatMap((id) => {
        const c = taxonomy.get(id)!;
        return [c.fr, c.en, c.ar];
      }),
      freeTags,
      sectors: personSectorRows.map((s) => s.sector.id),
      sectorLabels: personSectorRows.flatMap((s) => [
        s.sector.labelFr,
        s.sector.labelEn,
        s.sector.labelAr,
      ]),
      languages: (languagesOf.get(person.id) ?? []).map((l) => l.language),
      offers: unique(personOffers.filter((o) => o.direction === "offer").map((o) => o.kind)),
      mentoringOpen: person.mentoringStatus === "open" && person.mentoringCapacity > 0,
      publicationTitles: titles.slice(0, 20),
      publicationCount: titles.length,
      visibility: person.visibility,
      verification: person.verification,
      listed:
        person.kind !== "student" &&
        person.visibility === "public" &&
        person.verification === "verified",
    });
  }
  return out;
}

export async function buildOrganizationDocuments(db: Executor, ids: string[]) {
  const out = new Map<string, OrganizationDocument>();
  if (ids.length === 0) return out;
  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids));
  if (rows.length === 0) return out;
  const found = rows.map((r) => r.id);
  const parentIds = unique(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])));
  const [parents, sectorRows, memberRows] = await Promise.all([
    parentIds.length
      ? db.select().from(organizations).where(inArray(organizations.id, parentIds))
      : Promise.resolve([]),
    db
      .select({ organizationId: organizationSectors.organizationId, sector: sectors })
      .from(organizationSectors)
      .innerJoin(sectors, eq(sectors.id, organizationSectors.sectorId))
      .where(inArray(organizationSectors.organizationId, found)),
    db
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(inArray(memberships.organizationId, found), countedPerson)),
  ]);
  const sectorsOf = groupBy(sectorRows, (r) => r.organizationId);
  const memberCounts = new Map<string, number>();
  for (const m of memberRows) {
    memberCounts.set(m.organizationId, (memberCounts.get(m.organizationId) ?? 0) + 1);
  }
  for (const org of rows) {
    const parent = parents.find((p) => p.id === org.parentId);
    const own = sectorsOf.get(org.id) ?? [];
    out.set(org.id, {
      id: org.id,
      slug: org.slug,
      name: org.name,
      acronym: org.acronym,
      kind: org.kind,
      country: org.country,
      city: org.city,
      parent: parent?.name ?? null,
      parentSlug: parent?.slug ?? null,
      description: org.description,
      sectors: own.map((s) => s.sector.id),
      sectorLabels: own.flatMap((s) => [s.sector.labelFr, s.sector.labelEn, s.sector.labelAr]),
      memberCount: memberCounts.get(org.id) ?? 0,
      updatedAt: org.updatedAt.getTime(),
    });
  }
  return out;
}

async function loadTaxonomy(db: Executor) {
  const rows = await db
    .select({
      id: skills.id,
      fr: skills.labelFr,
      en: skills.labelEn,
      ar: skills.labelAr,
      broader: skills.broaderId,
    })
    .from(skills);
  return new Map<string, SkillRow>(rows.map((r) => [r.id, r]));
}

function* ancestors(concept: SkillRow, taxonomy: Map<string, SkillRow>) {
  let current = concept.broader ? taxonomy.get(concept.broader) : undefined;
  for (let depth = 0; current && depth < 8; depth++) {
    yield current;
    current = current.broader ? taxonomy.get(current.broader) : undefined;
  }
}

const unique = <T>(values: T[]) => [...new Set(values)];

function groupBy<T>(rows: T[], key: (row: T) => string) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

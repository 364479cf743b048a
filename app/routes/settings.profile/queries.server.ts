import { desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "~/.server/db.server";
import { listOwnOrganizationRequests } from "~/.server/organization-requests.server";
import { listOrganizationChoices } from "~/.server/organizations.server";
import { findOwnPerson } from "~/.server/people.server";
import { getVocabulary, labelOf } from "~/.server/taxonomy.server";
import type { Locale } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import type { OfferDirection } from "~/vocabulary/offers";
import {
  memberships,
  offersNeeds,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../../db/schema";

/** Everything the editor shows, with the saved profile as form values (the same shape a submit has). */
export async function loadProfileEditor(userId: string, locale: Locale) {
  const db = getDb();
  const person = await findOwnPerson(db, userId);
  invariantResponse(person, "Profile not found");
  const [
    skillRows,
    languageRows,
    sectorRows,
    offerRows,
    memberRows,
    pubRows,
    organizations,
    requests,
    vocabulary,
  ] = await Promise.all([
    db
      .select()
      .from(personSkills)
      .where(eq(personSkills.personId, person.id))
      .orderBy(desc(personSkills.level)),
    db.select().from(personLanguages).where(eq(personLanguages.personId, person.id)),
    db.select().from(personSectors).where(eq(personSectors.personId, person.id)),
    db.select().from(offersNeeds).where(eq(offersNeeds.personId, person.id)),
    db.select().from(memberships).where(eq(memberships.personId, person.id)),
    db
      .select({
        id: publications.id,
        title: publications.title,
        year: publications.year,
        venue: publications.venue,
        doi: publications.doi,
        abstract: publications.abstract,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(eq(publicationAuthors.personId, person.id))
      .orderBy(desc(publications.year)),
    listOrganizationChoices(),
    listOwnOrganizationRequests(db, person.id),
    getVocabulary(),
  ]);
  const authorCounts = pubRows.length
    ? await db
        .select({ id: publicationAuthors.publicationId, n: sql<number>`count(*)::int` })
        .from(publicationAuthors)
        .where(
          inArray(
            publicationAuthors.publicationId,
            pubRows.map((p) => p.id),
          ),
        )
        .groupBy(publicationAuthors.publicationId)
    : [];
  const primary = memberRows.find((m) => m.isPrimary);
  const offerValues = (direction: OfferDirection) =>
    Object.fromEntries(
      offerRows
        .filter((o) => o.direction === direction)
        .map((o) => [o.kind, { enabled: "on", details: o.details }]),
    );

  // The saved profile in the form's shape: what the editor starts from.
  const values = {
    headline: person.headline,
    bio: person.bio,
    country: person.country,
    city: person.city,
    contactEmail: person.email ?? "",
    phone: person.phone ?? "",
    organizationId: primary?.organizationId ?? "",
    organizationRole: primary?.role ?? "",
    newOrganization: { kind: "lab", country: person.country },
    languages: languageRows.map((l) => ({ language: l.language, level: l.level })),
    skills: skillRows.map((s) => ({
      label: s.skillId ? labelOf(vocabulary.skills, s.skillId, locale) : (s.freeLabel ?? ""),
      level: String(s.level),
    })),
    sectors: sectorRows.map((s) => s.sectorId),
    offers: offerValues("offer"),
    needs: offerValues("need"),
    mentoringStatus: person.mentoringStatus,
    mentoringCapacity: String(person.mentoringCapacity),
    visibility: person.visibility,
  };

  return {
    person: {
      slug: person.slug,
      name: person.fullName,
      kind: person.kind,
      verification: person.verification,
    },
    values,
    freeTags: skillRows.flatMap((s) => (s.freeLabel ? [s.freeLabel] : [])),
    organizations,
    sectors: [...vocabulary.sectors.values()]
      .map((s) => ({ id: s.id, label: labelOf(vocabulary.sectors, s.id, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    requests: requests.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    publications: pubRows.map((p) => ({
      ...p,
      coAuthors: (authorCounts.find((c) => c.id === p.id)?.n ?? 1) - 1,
    })),
  };
}

export type ProfileEditorData = Awaited<ReturnType<typeof loadProfileEditor>>;

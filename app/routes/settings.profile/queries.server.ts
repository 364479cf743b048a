import { inArray, sql } from "drizzle-orm";
import { getDb } from "~/.server/db.server";
import { listOwnOrganizationRequests } from "~/.server/organization-requests.server";
import { listOrganizationChoices } from "~/.server/organizations.server";
import { findOwnPerson } from "~/.server/people.server";
import { readProfileParts } from "~/.server/profiles.server";
import { getVocabulary, labelOf } from "~/.server/taxonomy.server";
import type { Locale } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import type { OfferDirection } from "~/vocabulary/offers";
import { publicationAuthors } from "../../../db/schema";

/** Everything the editor shows, with the saved profile as form values (the same shape a submit has). */
export async function loadProfileEditor(userId: string, locale: Locale) {
  const db = getDb();
  const person = await findOwnPerson(db, userId);
  invariantResponse(person, "Profile not found");
  const [parts, organizations, requests, vocabulary] = await Promise.all([
    readProfileParts(db, person.id),
    listOrganizationChoices(),
    listOwnOrganizationRequests(db, person.id),
    getVocabulary(),
  ]);
  const pubRows = parts.publications;
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
  const primary = parts.affiliations.find((m) => m.isPrimary);
  const offerValues = (direction: OfferDirection) =>
    Object.fromEntries(
      parts.offers
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
    languages: parts.languages,
    skills: parts.skills.map((s) => ({
      label: s.skillId ? labelOf(vocabulary.skills, s.skillId, locale) : (s.freeLabel ?? ""),
      level: String(s.level),
    })),
    sectors: parts.sectors,
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
    freeTags: parts.skills.flatMap((s) => (s.freeLabel ? [s.freeLabel] : [])),
    organizations,
    sectors: [...vocabulary.sectors.values()]
      .map((s) => ({ id: s.id, label: labelOf(vocabulary.sectors, s.id, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    requests,
    publications: pubRows.map((p) => ({
      ...p,
      coAuthors: (authorCounts.find((c) => c.id === p.id)?.n ?? 1) - 1,
    })),
  };
}

export type ProfileEditorData = Awaited<ReturnType<typeof loadProfileEditor>>;

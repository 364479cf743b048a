import { desc, eq, inArray } from "drizzle-orm";
import { type Executor, getDb } from "../../db/client";
import {
  memberships,
  offersNeeds,
  organizations,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../db/schema";
import { type Actor, isSelf, isSignedIn, isStaff } from "./actor";

/**
 * The visibility rules. The owner always sees their profile. A profile that is not verified
 * (pending or rejected) is seen only by its owner and staff (coordinators, admins). Otherwise:
 * public → everyone; members → anyone signed in; hidden → owner and staff only.
 */
export function canSeeProfile(
  person: { id?: string; userId?: string | null; visibility: string; verification: string },
  viewer: Actor,
) {
  if (isSelf(viewer, person) || isStaff(viewer)) return true;
  if (person.verification !== "verified") return false;
  if (person.visibility === "public") return true;
  if (person.visibility === "members") return isSignedIn(viewer);
  return false;
}

/**
 * A profile as the viewer may see it (null when they may not). Contact details (email, phone) are
 * part of it only for the owner: to others they are revealed only through an accepted match.
 */
export async function getPublicProfile(slug: string, viewer: Actor) {
  const db = getDb();
  const [person] = await db.select().from(people).where(eq(people.slug, slug)).limit(1);
  if (!person || !canSeeProfile(person, viewer)) return null;

  const parts = await readProfileParts(db, person.id);
  const pubRows = parts.publications;
  const coAuthors = pubRows.length
    ? await db
        .select({
          publicationId: publicationAuthors.publicationId,
          id: people.id,
          userId: people.userId,
          name: people.fullName,
          slug: people.slug,
          kind: people.kind,
          visibility: people.visibility,
          verification: people.verification,
          position: publicationAuthors.position,
        })
        .from(publicationAuthors)
        .innerJoin(people, eq(people.id, publicationAuthors.personId))
        .where(
          inArray(
            publicationAuthors.publicationId,
            pubRows.map((p) => p.id),
          ),
        )
        .orderBy(publicationAuthors.position)
    : [];

  const owner = isSelf(viewer, person);
  return {
    id: person.id,
    slug: person.slug,
    name: person.fullName,
    kind: person.kind,
    verification: person.verification,
    visibility: person.visibility,
    /** Contact details only for their owner (and, later, for people with an accepted match). */
    contact: owner ? { email: person.email, phone: person.phone } : null,
    viewerIsOwner: owner,
    headline: person.headline,
    bio: person.bio,
    country: person.country,
    city: person.city,
    mentoringOpen: person.mentoringStatus === "open" && person.mentoringCapacity > 0,
    mentoringCapacity: person.mentoringCapacity,
    skills: parts.skills,
    languages: parts.languages.map((l) => ({ code: l.language, level: l.level })),
    sectors: parts.sectors,
    offers: parts.offers
      .filter((o) => o.direction === "offer")
      .map((o) => ({ kind: o.kind, details: o.details })),
    needs: parts.offers
      .filter((o) => o.direction === "need")
      .map((o) => ({ kind: o.kind, details: o.details })),
    affiliations: parts.affiliations.map(({ organizationId: _, ...a }) => a),
    publications: pubRows.map((p) => ({
      ...p,
      authors: coAuthors
        .filter((a) => a.publicationId === p.id)
        // Link only to profiles the reader may open; others appear as a plain name.
        .map((a) => ({ name: a.name, slug: canSeeProfile(a, viewer) ? a.slug : null })),
    })),
  };
}

export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;

/**
 * What a profile lists besides its own row — skills (strongest first), languages, sectors, offers
 * and needs, affiliations (primary first), publications (newest first): the one read the profile
 * page and the profile editor share.
 */
export async function readProfileParts(db: Executor, personId: string) {
  const [skills, languages, sectors, offers, affiliations, publicationRows] = await Promise.all([
    db
      .select({
        skillId: personSkills.skillId,
        freeLabel: personSkills.freeLabel,
        level: personSkills.level,
      })
      .from(personSkills)
      .where(eq(personSkills.personId, personId))
      .orderBy(desc(personSkills.level)),
    db
      .select({ language: personLanguages.language, level: personLanguages.level })
      .from(personLanguages)
      .where(eq(personLanguages.personId, personId)),
    db
      .select({ sectorId: personSectors.sectorId })
      .from(personSectors)
      .where(eq(personSectors.personId, personId)),
    db
      .select({
        direction: offersNeeds.direction,
        kind: offersNeeds.kind,
        details: offersNeeds.details,
      })
      .from(offersNeeds)
      .where(eq(offersNeeds.personId, personId)),
    db
      .select({
        organizationId: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        kind: organizations.kind,
        role: memberships.role,
        isPrimary: memberships.isPrimary,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.personId, personId))
      .orderBy(desc(memberships.isPrimary)),
    db
      .select({
        id: publications.id,
        title: publications.title,
        abstract: publications.abstract,
        year: publications.year,
        doi: publications.doi,
        venue: publications.venue,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(eq(publicationAuthors.personId, personId))
      .orderBy(desc(publications.year)),
  ]);
  return {
    skills,
    languages,
    sectors: sectors.map((s) => s.sectorId),
    offers,
    affiliations,
    publications: publicationRows,
  };
}

import { and, eq, inArray, or, sql } from "drizzle-orm";
import { slugify } from "~/utils/slug";
import type { OfferDirection } from "~/vocabulary/offers";
import type { Executor } from "../../db/client";
import {
  type ConventionKind,
  type LanguageLevel,
  memberships,
  type NewPerson,
  offersNeeds,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
  slugBase,
} from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { DomainError } from "./domain-error";

export type PersonDetails = {
  skills?: { skillId?: string; freeLabel?: string; level: number }[];
  languages?: { language: string; level: LanguageLevel }[];
  sectors?: string[];
  offers?: { direction: OfferDirection; kind: ConventionKind; details?: string }[];
  memberships?: { organizationId: string; role?: string; isPrimary?: boolean }[];
};

export type NewPersonInput = Omit<NewPerson, "id" | "slug" | "createdAt" | "updatedAt"> &
  PersonDetails;

/**
 * The one writer of people. Every change runs in a transaction that also queues the person for
 * re-indexing, so search can never miss a committed change.
 */
export async function createPerson(db: Executor, input: NewPersonInput) {
  const { skills, languages, sectors, offers, memberships: orgs, ...row } = input;
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, row.fullName);
    const [created] = await tx
      .insert(people)
      .values({ ...row, slug })
      .returning({ id: people.id, slug: people.slug });
    await replaceDetails(tx, created!.id, {
      skills,
      languages,
      sectors,
      offers,
      memberships: orgs,
    });
    await enqueueIndexing(tx, "person", [created!.id]);
    return created!;
  });
}

export async function updatePerson(
  db: Executor,
  personId: string,
  patch: Partial<Omit<NewPerson, "id" | "slug" | "createdAt">> & PersonDetails,
) {
  const { skills, languages, sectors, offers, memberships: orgs, ...row } = patch;
  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ ...row, updatedAt: sql`now()` })
      .where(eq(people.id, personId));
    await replaceDetails(tx, personId, { skills, languages, sectors, offers, memberships: orgs });
    await enqueueIndexing(tx, "person", [personId]);
  });
}

export async function deletePerson(db: Executor, personId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(people).where(eq(people.id, personId));
    await enqueueIndexing(tx, "person", [personId]);
  });
}

/** The profile an account owns, or null. */
export async function findOwnPerson(db: Executor, userId: string) {
  const [person] = await db.select().from(people).where(eq(people.userId, userId)).limit(1);
  return person ?? null;
}

export type OwnProfileUpdate = Pick<
  NewPerson,
  | "headline"
  | "bio"
  | "country"
  | "city"
  | "email"
  | "phone"
  | "mentoringStatus"
  | "mentoringCapacity"
  | "visibility"
> &
  Required<Pick<PersonDetails, "skills" | "languages" | "sectors" | "offers">> & {
    /** The primary affiliation; null removes it, undefined keeps it. */
    affiliation?: { organizationId: string; role: string } | null;
  };

/**
 * Saves an edit of one's own profile. The profile is found from the account, never from an id in
 * the form, so nobody can write someone else's. Runs `extra` (an organization request…) in the
 * same transaction.
 */
export async function updateOwnProfile(
  db: Executor,
  userId: string,
  update: OwnProfileUpdate,
  extra?: (tx: Executor, personId: string) => Promise<void>,
) {
  const { affiliation, skills, languages, sectors, offers, ...row } = update;
  return db.transaction(async (tx) => {
    const person = await findOwnPerson(tx, userId);
    if (!person) throw new DomainError("not_found", "error.notFound.body");
    await tx
      .update(people)
      // A rejected profile, once edited, goes back to the coordinators for a new review.
      .set({
        ...row,
        verification: person.verification === "rejected" ? "pending" : person.verification,
        updatedAt: sql`now()`,
      })
      .where(eq(people.id, person.id));
    await replaceDetails(tx, person.id, { skills, languages, sectors, offers });
    if (affiliation !== undefined) await setPrimaryAffiliation(tx, person.id, affiliation);
    await extra?.(tx, person.id);
    await enqueueIndexing(tx, "person", [person.id]);
    return person.id;
  });
}

/** One primary membership: others stay, demoted; choosing none removes the primary one. */
export async function setPrimaryAffiliation(
  tx: Executor,
  personId: string,
  affiliation: { organizationId: string; role: string } | null,
) {
  await tx
    .delete(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.isPrimary, true)));
  if (!affiliation) return;
  await tx
    .insert(memberships)
    .values({ personId, ...affiliation, isPrimary: true })
    .onConflictDoUpdate({
      target: [memberships.personId, memberships.organizationId],
      set: { role: affiliation.role, isPrimary: true },
    });
}

/** Adds a membership (an approved organization request); primary when the person has none. */
export async function addMembership(
  tx: Executor,
  personId: string,
  membership: { organizationId: string; role: string },
) {
  const [primary] = await tx
    .select({ id: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.isPrimary, true)));
  await tx
    .insert(memberships)
    .values({ personId, ...membership, isPrimary: !primary })
    .onConflictDoNothing();
  await enqueueIndexing(tx, "person", [personId]);
}

/**
 * A coordinator's decision on a pending profile (null when it is no longer pending); the caller
 * checks the role (verification.server.ts).
 */
export async function setVerification(
  db: Executor,
  personId: string,
  verification: "verified" | "rejected",
) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(people)
      .set({ verification, updatedAt: sql`now()` })
      .where(
        and(
          eq(people.id, personId),
          eq(people.verification, "pending"),
          inArray(people.kind, ["expert", "researcher"]),
        ),
      )
      .returning({
        id: people.id,
        userId: people.userId,
        name: people.fullName,
        slug: people.slug,
      });
    if (updated) await enqueueIndexing(tx, "person", [personId]);
    return updated ?? null;
  });
}

/**
 * Removes a person for good (account deletion). Publications they wrote alone go with them;
 * co-authored ones stay with the other authors, without this person in the author list.
 */
export async function erasePerson(tx: Executor, personId: string) {
  const own = await tx
    .select({ publicationId: publicationAuthors.publicationId })
    .from(publicationAuthors)
    .where(eq(publicationAuthors.personId, personId));
  const ids = own.map((r) => r.publicationId);
  const coAuthors = ids.length
    ? await tx
        .select({
          personId: publicationAuthors.personId,
          publicationId: publicationAuthors.publicationId,
        })
        .from(publicationAuthors)
        .where(inArray(publicationAuthors.publicationId, ids))
    : [];
  const shared = new Set(
    coAuthors.filter((a) => a.personId !== personId).map((a) => a.publicationId),
  );
  const alone = ids.filter((id) => !shared.has(id));
  if (alone.length) await tx.delete(publications).where(inArray(publications.id, alone));
  await tx.delete(people).where(eq(people.id, personId));
  await enqueueIndexing(tx, "person", [personId, ...coAuthors.map((a) => a.personId)]);
}

/** Replaces each list that is given; lists left undefined are kept as they are. */
async function replaceDetails(tx: Executor, personId: string, details: PersonDetails) {
  if (details.skills) {
    await tx.delete(personSkills).where(eq(personSkills.personId, personId));
    if (details.skills.length) {
      await tx.insert(personSkills).values(
        details.skills.map((s) => ({
          personId,
          skillId: s.skillId ?? null,
          freeLabel: s.skillId ? null : (s.freeLabel ?? null),
          level: s.level,
        })),
      );
    }
  }
  if (details.languages) {
    await tx.delete(personLanguages).where(eq(personLanguages.personId, personId));
    if (details.languages.length) {
      await tx.insert(personLanguages).values(details.languages.map((l) => ({ personId, ...l })));
    }
  }
  if (details.sectors) {
    await tx.delete(personSectors).where(eq(personSectors.personId, personId));
    if (details.sectors.length) {
      await tx
        .insert(personSectors)
        .values(details.sectors.map((sectorId) => ({ personId, sectorId })));
    }
  }
  if (details.offers) {
    await tx.delete(offersNeeds).where(eq(offersNeeds.personId, personId));
    if (details.offers.length) {
      await tx
        .insert(offersNeeds)
        .values(details.offers.map((o) => ({ personId, ...o, details: o.details ?? "" })));
    }
  }
  if (details.memberships) {
    await tx.delete(memberships).where(eq(memberships.personId, personId));
    if (details.memberships.length) {
      await tx.insert(memberships).values(
        details.memberships.map((m) => ({
          personId,
          organizationId: m.organizationId,
          role: m.role ?? "",
          isPrimary: m.isPrimary ?? false,
        })),
      );
    }
  }
}

async function uniqueSlug(tx: Executor, name: string) {
  const base = slugify(name);
  const taken = new Set(
    (
      await tx
        .select({ slug: people.slug })
        .from(people)
        .where(or(eq(people.slug, base), eq(slugBase(people.slug), base)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Adds one taxonomy concept to one's own skills (a publication theme taken in one click). A skill
 * already declared keeps its level. Returns false when it was already there.
 */
export async function addOwnSkill(db: Executor, userId: string, skillId: string, level: number) {
  return db.transaction(async (tx) => {
    const person = await findOwnPerson(tx, userId);
    if (!person) throw new Response("Profile not found", { status: 404 });
    const added = await tx
      .insert(personSkills)
      .values({ personId: person.id, skillId, level })
      .onConflictDoNothing()
      .returning({ id: personSkills.id });
    if (added.length === 0) return false;
    await tx.update(people).set({ updatedAt: sql`now()` }).where(eq(people.id, person.id));
    await enqueueIndexing(tx, "person", [person.id]);
    return true;
  });
}

import { eq, like, or, sql } from "drizzle-orm";
import { slugify } from "~/utils/slug";
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
} from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";

export type PersonDetails = {
  skills?: { skillId?: string; freeLabel?: string; level: number }[];
  languages?: { language: string; level: LanguageLevel }[];
  sectors?: string[];
  offers?: { direction: "offer" | "need"; kind: ConventionKind; details?: string }[];
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
        .where(or(eq(people.slug, base), like(people.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

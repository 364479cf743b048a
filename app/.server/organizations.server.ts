import { and, asc, eq, like, or } from "drizzle-orm";
import { slugify } from "~/utils/slug";
import { type Executor, getDb } from "../../db/client";
import {
  memberships,
  type NewOrganization,
  organizationSectors,
  organizations,
  people,
} from "../../db/schema";
import { countedPerson } from "../../db/schema/people";
import { enqueueIndexing } from "../../search/outbox";

/** An organization page: the organization, its parent and labs, and its publicly listed members. */
export async function getOrganizationPage(slug: string) {
  const db = getDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  if (!org) return null;

  const [parent, labs, sectorRows, memberRows] = await Promise.all([
    org.parentId
      ? db
          .select({ slug: organizations.slug, name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, org.parentId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    db
      .select({
        slug: organizations.slug,
        name: organizations.name,
        acronym: organizations.acronym,
      })
      .from(organizations)
      .where(eq(organizations.parentId, org.id))
      .orderBy(asc(organizations.name)),
    db.select().from(organizationSectors).where(eq(organizationSectors.organizationId, org.id)),
    db
      .select({
        slug: people.slug,
        name: people.fullName,
        kind: people.kind,
        headline: people.headline,
        role: memberships.role,
        visibility: people.visibility,
      })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(and(eq(memberships.organizationId, org.id), countedPerson))
      .orderBy(asc(people.fullName)),
  ]);

  return {
    slug: org.slug,
    name: org.name,
    acronym: org.acronym,
    kind: org.kind,
    country: org.country,
    city: org.city,
    description: org.description,
    website: org.website,
    parent,
    labs,
    sectors: sectorRows.map((s) => s.sectorId),
    // The count is the one /orgs and the partner suggestions give; students and members-only
    // profiles are counted but not listed publicly.
    memberCount: memberRows.length,
    members: memberRows
      .filter((m) => m.kind !== "student" && m.visibility === "public")
      .map(({ visibility: _, ...member }) => member),
  };
}

/**
 * The writer of organizations: creates one (an approved request) with a unique slug and queues
 * it for indexing in the caller's transaction.
 */
export async function createOrganization(
  tx: Executor,
  input: Pick<NewOrganization, "name" | "kind" | "country" | "city" | "website">,
) {
  const base = slugify(input.name, "organisation");
  const taken = new Set(
    (
      await tx
        .select({ slug: organizations.slug })
        .from(organizations)
        .where(or(eq(organizations.slug, base), like(organizations.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const [created] = await tx
    .insert(organizations)
    .values({ ...input, slug })
    .returning({ id: organizations.id, slug: organizations.slug });
  await enqueueIndexing(tx, "organization", [created!.id]);
  return created!;
}

/** Organizations to pick from in the profile editor, by country then name. */
export async function listOrganizationChoices() {
  return getDb()
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      country: organizations.country,
      city: organizations.city,
    })
    .from(organizations)
    .orderBy(asc(organizations.country), asc(organizations.name));
}

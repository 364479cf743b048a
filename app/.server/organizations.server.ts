import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { memberships, organizationSectors, organizations, people } from "../../db/schema";

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
      })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          eq(memberships.organizationId, org.id),
          eq(people.visibility, "public"),
          eq(people.verification, "verified"),
        ),
      )
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
    // Students are not listed publicly, even when their membership is.
    members: memberRows.filter((m) => m.kind !== "student"),
  };
}

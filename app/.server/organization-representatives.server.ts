import { and, asc, eq } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { memberships, organizations, people } from "../../db/schema";
import { type Actor, isStaff } from "./actor";
import { DomainError } from "./domain-error";
import { notify } from "./notices";

/**
 * Who answers for an organization in pairings (memberships.represents). Coordinators and the
 * organization's current representatives name and un-name them; an organization with members
 * keeps at least one. The one writer of `represents` after an organization exists.
 */

async function findOrganization(db: Executor, slug: string) {
  const [org] = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.slug, slug))
    .limit(1);
  if (!org) throw new DomainError("not_found", "representatives.error.notFound");
  return org;
}

async function representsOrganization(db: Executor, actor: Actor, organizationId: string) {
  if (!actor.personId) return false;
  const [row] = await db
    .select({ represents: memberships.represents })
    .from(memberships)
    .where(
      and(eq(memberships.organizationId, organizationId), eq(memberships.personId, actor.personId)),
    );
  return row?.represents === true;
}

/** Whether the actor may name and un-name this organization's representatives. */
export async function canManageRepresentatives(db: Executor, actor: Actor, organizationId: string) {
  return isStaff(actor) || (await representsOrganization(db, actor, organizationId));
}

/**
 * The organization's members and who represents it. Those who may manage them see every member;
 * anyone else sees the representatives only, and no hidden profile.
 */
export async function listRepresentatives(db: Executor, actor: Actor, slug: string) {
  const org = await findOrganization(db, slug);
  const canManage = await canManageRepresentatives(db, actor, org.id);
  const rows = await db
    .select({
      personId: people.id,
      slug: people.slug,
      name: people.fullName,
      role: memberships.role,
      represents: memberships.represents,
      visibility: people.visibility,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(eq(memberships.organizationId, org.id))
    .orderBy(asc(people.fullName));
  const members = rows
    .filter((m) => canManage || (m.represents && m.visibility !== "hidden"))
    .map(({ visibility: _, ...m }) => m);
  return { org, canManage, members };
}

/**
 * Names (or un-names) a member as a representative. Refused for anyone but coordinators and the
 * current representatives (403), for a person who is not a member (404), and for the last
 * representative of an organization that has members (409). The person named or un-named is told.
 */
export async function setRepresentative(
  db: Database,
  actor: Actor,
  input: { slug: string; personId: string; represents: boolean },
) {
  return db.transaction(async (tx) => {
    const org = await findOrganization(tx, input.slug);
    if (!(await canManageRepresentatives(tx, actor, org.id)))
      throw new DomainError("forbidden", "representatives.error.forbidden");
    // Locks the organization's memberships: two representatives un-naming each other at once
    // cannot both succeed and leave none.
    const members = await tx
      .select({ personId: memberships.personId, represents: memberships.represents })
      .from(memberships)
      .where(eq(memberships.organizationId, org.id))
      .for("update");
    const member = members.find((m) => m.personId === input.personId);
    if (!member) throw new DomainError("not_found", "representatives.error.notMember");
    if (member.represents === input.represents) return { changed: false };
    if (!input.represents && !members.some((m) => m.represents && m.personId !== input.personId))
      throw new DomainError("last_representative", "representatives.error.last");
    await tx
      .update(memberships)
      .set({ represents: input.represents })
      .where(and(eq(memberships.organizationId, org.id), eq(memberships.personId, input.personId)));
    const [person] = await tx
      .select({ userId: people.userId })
      .from(people)
      .where(eq(people.id, input.personId));
    const userId = person?.userId;
    if (userId) {
      await notify(
        tx,
        [
          {
            userId,
            kind: input.represents
              ? "pairing.representative_named"
              : "pairing.representative_removed",
            payload: { organization: org.name },
            link: `/orgs/${org.slug}/representatives`,
          },
        ],
        actor.userId,
      );
    }
    return { changed: true };
  });
}

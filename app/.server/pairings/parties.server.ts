import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { memberships, organizations, people, users } from "../../../db/schema";
import type { Actor } from "../actor";
import type { ActorMembership, SideParty } from "./access";
import type { PartyRef } from "./schemas";

export type PartyInfo = {
  type: "person" | "organization";
  id: string;
  name: string;
  slug: string;
  country: string;
};

export const partyKey = (ref: PartyRef) => `${ref.type}:${ref.id}`;

export function refOfSide(side: Pick<SideParty, "personId" | "organizationId">): PartyRef | null {
  if (side.personId) return { type: "person", id: side.personId };
  if (side.organizationId) return { type: "organization", id: side.organizationId };
  return null;
}

/** Names, slugs and countries of the parties, by partyKey. Unknown ids are simply absent. */
export async function loadParties(db: Executor, refs: PartyRef[]): Promise<Map<string, PartyInfo>> {
  const personIds = [...new Set(refs.filter((r) => r.type === "person").map((r) => r.id))];
  const orgIds = [...new Set(refs.filter((r) => r.type === "organization").map((r) => r.id))];
  const [personRows, orgRows] = await Promise.all([
    personIds.length
      ? db
          .select({
            id: people.id,
            name: people.fullName,
            slug: people.slug,
            country: people.country,
          })
          .from(people)
          .where(inArray(people.id, personIds))
      : [],
    orgIds.length
      ? db
          .select({
            id: organizations.id,
            name: organizations.name,
            slug: organizations.slug,
            country: organizations.country,
          })
          .from(organizations)
          .where(inArray(organizations.id, orgIds))
      : [],
  ]);
  const parties = new Map<string, PartyInfo>();
  for (const p of personRows) parties.set(`person:${p.id}`, { type: "person", ...p });
  for (const o of orgRows) parties.set(`organization:${o.id}`, { type: "organization", ...o });
  return parties;
}

export async function loadActorMemberships(db: Executor, actor: Actor): Promise<ActorMembership[]> {
  if (!actor.personId) return [];
  return db
    .select({ organizationId: memberships.organizationId, isPrimary: memberships.isPrimary })
    .from(memberships)
    .where(eq(memberships.personId, actor.personId));
}

/**
 * The accounts to notify for each side: the person's own account; for an organization, the
 * accounts of its members whose primary affiliation it is (those who may answer for it).
 */
export async function loadRecipients(
  db: Executor,
  sides: Pick<SideParty, "personId" | "organizationId">[],
): Promise<{ userId: string; email: string }[]> {
  const personIds = sides.flatMap((s) => (s.personId ? [s.personId] : []));
  const orgIds = sides.flatMap((s) => (s.organizationId ? [s.organizationId] : []));
  const [direct, viaOrgs] = await Promise.all([
    personIds.length
      ? db
          .select({ userId: users.id, email: users.email })
          .from(people)
          .innerJoin(users, eq(users.id, people.userId))
          .where(inArray(people.id, personIds))
      : [],
    orgIds.length
      ? db
          .select({ userId: users.id, email: users.email })
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .innerJoin(users, eq(users.id, people.userId))
          .where(
            and(
              inArray(memberships.organizationId, orgIds),
              eq(memberships.isPrimary, true),
              isNotNull(people.userId),
            ),
          )
      : [],
  ]);
  return [...new Map([...direct, ...viaOrgs].map((r) => [r.userId, r])).values()];
}

export async function loadUserEmails(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, userIds));
}

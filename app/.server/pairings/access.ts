import type { PairingSideKey } from "~/vocabulary/pairings";
import { type Actor, isStaff } from "../actor";

/** The actor's memberships, loaded once per call (see loadActorMemberships). */
export type ActorMembership = { organizationId: string; isPrimary: boolean };

export type SideParty = {
  side: PairingSideKey;
  personId: string | null;
  organizationId: string | null;
};

/** The sides the actor is a party to: their own person, or an organization they belong to. */
export function sidesOf(
  actor: Actor,
  memberships: readonly ActorMembership[],
  sides: readonly SideParty[],
): PairingSideKey[] {
  const orgs = new Set(memberships.map((m) => m.organizationId));
  return sides
    .filter(
      (s) =>
        (s.personId !== null && s.personId === actor.personId) ||
        (s.organizationId !== null && orgs.has(s.organizationId)),
    )
    .map((s) => s.side);
}

/** Coordinators and admins propose, move statuses and see every pairing; parties see theirs. */
export function canViewPairing(
  actor: Actor,
  memberships: readonly ActorMembership[],
  sides: readonly SideParty[],
): boolean {
  return isStaff(actor) || sidesOf(actor, memberships, sides).length > 0;
}

/**
 * Who answers for a side: the person themself; for an organization, its members whose primary
 * affiliation it is (a visiting researcher does not commit a lab); and coordinators for anyone.
 */
export function canDecideSide(
  actor: Actor,
  memberships: readonly ActorMembership[],
  side: SideParty,
): boolean {
  if (isStaff(actor)) return true;
  if (side.personId !== null) return side.personId === actor.personId;
  if (side.organizationId !== null) {
    return memberships.some((m) => m.isPrimary && m.organizationId === side.organizationId);
  }
  return false;
}

import type { GrantedRole } from "~/vocabulary/roles";
import { STAFF_ROLES } from "~/vocabulary/roles";

/**
 * Who acts or looks. Every domain function that reads or writes on someone's behalf takes one and
 * refuses what this actor may not do (docs/decisions/031-actor-and-domain-errors.md). Routes get
 * it from requireUser / getActor (auth/require-user.server.ts): the signed-in user is an Actor.
 */
export type Actor = {
  /** The account; null for a visitor who is not signed in. */
  userId: string | null;
  /** The profile the account owns, if any. */
  personId: string | null;
  roles: readonly GrantedRole[];
};

export const ANONYMOUS: Actor = Object.freeze({ userId: null, personId: null, roles: [] });

export function isSignedIn(actor: Actor): actor is Actor & { userId: string } {
  return actor.userId !== null;
}

export function hasRole(actor: Actor | null, roles: readonly GrantedRole[]): boolean {
  return !!actor && actor.roles.some((role) => roles.includes(role));
}

/** Coordinators and admins see everything and run the network's workflows. */
export function isStaff(actor: Actor): boolean {
  return hasRole(actor, STAFF_ROLES);
}

/** The actor is this person (by profile, or by the account that owns it). */
export function isSelf(actor: Actor, person: { id?: string; userId?: string | null }): boolean {
  return (
    (!!person.id && person.id === actor.personId) ||
    (!!person.userId && person.userId === actor.userId)
  );
}

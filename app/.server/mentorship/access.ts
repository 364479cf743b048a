import type { GrantedRole } from "../../../db/schema";

/** Who acts: every mentorship function takes one and refuses what this actor may not do. */
export type MentorshipActor = {
  userId: string;
  /** The profile the account owns, if any. */
  personId: string | null;
  roles: readonly GrantedRole[];
};

export type Party = "student" | "mentor";

/** Coordinators and admins may read any request (never act on it). */
export function isStaff(actor: MentorshipActor): boolean {
  return actor.roles.includes("coordinator") || actor.roles.includes("admin");
}

/** The actor's part in a request, if any. */
export function partyOf(
  actor: MentorshipActor,
  request: { studentId: string; mentorId: string },
): Party | null {
  if (!actor.personId) return null;
  if (actor.personId === request.studentId) return "student";
  if (actor.personId === request.mentorId) return "mentor";
  return null;
}

export function canViewRequest(
  actor: MentorshipActor,
  request: { studentId: string; mentorId: string },
): boolean {
  return partyOf(actor, request) !== null || isStaff(actor);
}

export const DAY_MS = 86_400_000;
/** A turn lasts 14 days; the reminder goes out halfway. */
export const TURN_DAYS = 14;
export const REMINDER_AFTER_DAYS = 7;

export function turnDeadline(now: Date): Date {
  return new Date(now.getTime() + TURN_DAYS * DAY_MS);
}

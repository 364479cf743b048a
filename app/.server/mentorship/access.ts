import { type Actor, isStaff } from "../actor";

export type Party = "student" | "mentor";

/** The actor's part in a request, if any. */
export function partyOf(
  actor: Actor,
  request: { studentId: string; mentorId: string },
): Party | null {
  if (!actor.personId) return null;
  if (actor.personId === request.studentId) return "student";
  if (actor.personId === request.mentorId) return "mentor";
  return null;
}

/** The two parties see a request; coordinators and admins may read any (never act on it). */
export function canViewRequest(
  actor: Actor,
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

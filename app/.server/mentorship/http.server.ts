import type { SessionUser } from "../auth/require-user.server";
import type { MentorshipActor } from "./access";
import { isMentorshipError, mentorshipErrorStatus } from "./errors";

/** The signed-in user as the workflow's actor. */
export function actorOf(user: SessionUser): MentorshipActor {
  return { userId: user.id, personId: user.person?.id ?? null, roles: user.roles };
}

/** A refusal thrown by the workflow as the matching response (404, 403, 409…). */
export function rethrowAsResponse(error: unknown): never {
  if (isMentorshipError(error)) {
    throw new Response(error.code, { status: mentorshipErrorStatus(error.code) });
  }
  throw error;
}

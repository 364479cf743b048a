import type { SessionUser } from "../auth/require-user.server";
import type { Actor } from "./access";
import { isPairingError, pairingErrorStatus } from "./errors";

/** The signed-in user as the pipeline's actor. */
export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, personId: user.person?.id ?? null, roles: user.roles };
}

/**
 * Runs a pipeline call from a loader or an action: a refusal becomes the matching response (404
 * for what the actor may not see, 403 for what they may not do, 409 for a move out of turn).
 */
export async function orRespond<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    rethrowAsResponse(error);
  }
}

export function rethrowAsResponse(error: unknown): never {
  if (isPairingError(error)) {
    throw new Response(error.code, { status: pairingErrorStatus(error.code) });
  }
  throw error;
}

import { eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { eventRegistrations } from "../../../db/schema";
import type { Actor } from "../actor";
import { generateToken } from "../auth/tokens.server";
import { DomainError } from "../domain-error";
import { loadEventAccess } from "./access.server";

/**
 * A feed token is URL-safe random text (registration writes it, a reset replaces it with the
 * app's usual 32-character token); anything else is not even looked up.
 */
export const isFeedToken = (token: string) => /^[A-Za-z0-9_-]{16,128}$/.test(token);

/**
 * Replaces the registration's feed token: the old URL stops working at once (a calendar that
 * still polls it gets 404), the new one is shown on the agenda.
 */
export async function resetFeedToken(db: Executor, actor: Actor, slug: string): Promise<string> {
  const { registration } = await loadEventAccess(db, actor, slug);
  if (!registration) throw new DomainError("not_found", "events.error.not_found");
  const feedToken = generateToken();
  await db
    .update(eventRegistrations)
    .set({ feedToken })
    .where(eq(eventRegistrations.id, registration.id));
  return feedToken;
}

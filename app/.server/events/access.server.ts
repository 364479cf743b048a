import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type Event, eventRegistrations, events } from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";

/**
 * Who may see an event and who runs it, in one place for every events page and action
 * (docs/decisions/049-events-model.md). Coordinators run every event; a member registered with
 * the role "organiser" runs that one. An unpublished event exists only for those who run it.
 */
export type EventAccess = {
  event: Event;
  /** The actor's live registration (registered or waitlisted), if any. */
  registration: typeof eventRegistrations.$inferSelect | null;
  canOrganise: boolean;
};

export async function loadEventAccess(
  db: Executor,
  actor: Actor,
  slug: string,
): Promise<EventAccess> {
  const [event] = await db.select().from(events).where(eq(events.slug, slug)).limit(1);
  if (!event) throw new DomainError("not_found", "events.error.not_found");
  const [registration] = actor.personId
    ? await db
        .select()
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.eventId, event.id),
            eq(eventRegistrations.personId, actor.personId),
          ),
        )
        .limit(1)
    : [];
  const live = registration && registration.status !== "cancelled" ? registration : null;
  const canOrganise =
    isStaff(actor) || (live?.role === "organiser" && live.status === "registered");
  if (!event.publishedAt && !canOrganise) {
    throw new DomainError("not_found", "events.error.not_found");
  }
  return { event, registration: live, canOrganise };
}

/** The same, for pages and actions only the event's organisers may use (others: not found). */
export async function requireEventOrganiser(
  db: Executor,
  actor: Actor,
  slug: string,
): Promise<EventAccess> {
  const access = await loadEventAccess(db, actor, slug);
  if (!access.canOrganise) throw new DomainError("not_found", "events.error.not_found");
  return access;
}

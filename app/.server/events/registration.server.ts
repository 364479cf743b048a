import { randomBytes } from "node:crypto";
import { and, asc, count, eq, inArray, or } from "drizzle-orm";
import { slotCount, slotKey } from "~/utils/event-slots";
import { type RegistrationInput, RegistrationSchema } from "~/utils/event-validation";
import { wallDay } from "~/utils/zoned-time";
import type { EventRole } from "~/vocabulary/events";
import type { Executor } from "../../../db/client";
import {
  type Event,
  eventAvailability,
  eventMeetingRequests,
  eventRegistrations,
  eventSessions,
  events,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { loadEventAccess, requireEventOrganiser } from "./access.server";
import type { CommandOptions } from "./editor.server";
import { notifyEventPerson } from "./notify.server";

/** The private agenda feed's secret: 192 random bits, URL-safe. */
export const newFeedToken = () => randomBytes(24).toString("base64url");

/** The slots of the event's meeting blocks, as their form values. */
export async function meetingSlots(db: Executor, eventId: string): Promise<Set<string>> {
  const blocks = await db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.eventId, eventId), eq(eventSessions.kind, "meeting_block")));
  return new Set(
    blocks.flatMap((b) => Array.from({ length: slotCount(b) }, (_, i) => slotKey(b.id, i))),
  );
}

function requireOpen(event: Event, now: Date) {
  const over = event.endsOn < wallDay(now, event.timeZone);
  if (!event.publishedAt || !event.registrationOpen || over)
    throw new DomainError("registration_closed", "events.error.registration_closed");
}

/** Locks the event (registrations of one event queue up here) and counts its places taken. */
async function lockPlaces(tx: Executor, eventId: string) {
  await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for("update");
  const [row] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")),
    );
  return row?.n ?? 0;
}

/**
 * A member registers (or changes what they come for): first come, first served up to the
 * capacity, then the waiting list. Availability is one row per meeting slot they can take.
 */
export async function registerForEvent(
  db: Executor,
  actor: Actor,
  slug: string,
  raw: RegistrationInput,
  options: CommandOptions = {},
): Promise<{ status: "registered" | "waitlisted" }> {
  if (!actor.personId) throw new DomainError("forbidden", "events.error.noProfile");
  const personId = actor.personId;
  const { event } = await loadEventAccess(db, actor, slug);
  const now = options.now ?? new Date();
  requireOpen(event, now);
  const parsed = RegistrationSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", "events.error.invalid_input");
  const input = parsed.data;
  const slots = await meetingSlots(db, event.id);
  const chosen = [...new Set(input.availability)];
  if (chosen.some((key) => !slots.has(key)))
    throw new DomainError("invalid_input", "events.form.slotOutsideBlocks", {
      field: "availability",
    });

  return db.transaction(async (tx) => {
    const taken = await lockPlaces(tx, event.id);
    const [existing] = await tx
      .select()
      .from(eventRegistrations)
      .where(
        and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.personId, personId)),
      )
      .for("update");
    const fields = { offers: input.offers, needs: input.needs, note: input.note };
    let id: string;
    let status: "registered" | "waitlisted";
    if (existing && existing.status !== "cancelled") {
      id = existing.id;
      status = existing.status;
      await tx.update(eventRegistrations).set(fields).where(eq(eventRegistrations.id, id));
    } else {
      status = event.capacity !== null && taken >= event.capacity ? "waitlisted" : "registered";
      // Coming back after a cancellation: a new place in the queue, as anyone arriving now.
      const row = {
        ...fields,
        status,
        role: "participant" as const,
        createdAt: now,
        cancelledAt: null,
      };
      const [saved] = existing
        ? await tx
            .update(eventRegistrations)
            .set(row)
            .where(eq(eventRegistrations.id, existing.id))
            .returning({ id: eventRegistrations.id })
        : await tx
            .insert(eventRegistrations)
            .values({ ...row, eventId: event.id, personId, feedToken: newFeedToken() })
            .returning({ id: eventRegistrations.id });
      id = saved!.id;
    }
    await tx.delete(eventAvailability).where(eq(eventAvailability.registrationId, id));
    if (chosen.length > 0) {
      await tx.insert(eventAvailability).values(
        chosen.map((key) => {
          const [sessionId, slot] = key.split(":");
          return { registrationId: id, sessionId: sessionId!, slotIndex: Number(slot) };
        }),
      );
    }
    return { status };
  });
}

/**
 * A member cancels: their open requests are withdrawn, and a place they held goes to the first
 * person on the waiting list, who is told.
 */
export async function cancelRegistration(
  db: Executor,
  actor: Actor,
  slug: string,
  options: CommandOptions = {},
) {
  const { event, registration } = await loadEventAccess(db, actor, slug);
  if (!registration) throw new DomainError("invalid_transition", "events.error.notRegistered");
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    await lockPlaces(tx, event.id);
    const [cancelled] = await tx
      .update(eventRegistrations)
      .set({ status: "cancelled", cancelledAt: now })
      .where(
        and(
          eq(eventRegistrations.id, registration.id),
          inArray(eventRegistrations.status, ["registered", "waitlisted"]),
        ),
      )
      .returning({ id: eventRegistrations.id });
    if (!cancelled) return;
    await tx
      .update(eventMeetingRequests)
      .set({ status: "withdrawn", answeredAt: now })
      .where(
        and(
          eq(eventMeetingRequests.status, "pending"),
          or(
            eq(eventMeetingRequests.fromRegistrationId, registration.id),
            eq(eventMeetingRequests.toRegistrationId, registration.id),
          ),
        ),
      );
    if (registration.status === "registered") await promoteWaitlisted(tx, event);
  });
}

/** The first on the waiting list takes a free place, if there is one, and is told. */
async function promoteWaitlisted(tx: Executor, event: Event) {
  const [row] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "registered")),
    );
  if (event.capacity !== null && (row?.n ?? 0) >= event.capacity) return;
  const [first] = await tx
    .select({ id: eventRegistrations.id, personId: eventRegistrations.personId })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waitlisted")),
    )
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id))
    .limit(1);
  if (!first) return;
  await tx
    .update(eventRegistrations)
    .set({ status: "registered" })
    .where(eq(eventRegistrations.id, first.id));
  await notifyEventPerson(tx, {
    kind: "waitlist_promoted",
    recipientPersonId: first.personId,
    event,
  });
}

/** Those who run the event make a registrant a speaker or an organiser (or back). */
export async function setRegistrationRole(
  db: Executor,
  actor: Actor,
  slug: string,
  input: { registrationId: string; role: EventRole },
) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const [updated] = await db
    .update(eventRegistrations)
    .set({ role: input.role })
    .where(
      and(
        eq(eventRegistrations.id, input.registrationId),
        eq(eventRegistrations.eventId, event.id),
      ),
    )
    .returning({ id: eventRegistrations.id });
  if (!updated) throw new DomainError("not_found", "events.error.not_found");
}

import { and, count, eq, lte, or } from "drizzle-orm";
import {
  type MeetingAction,
  MeetingActionSchema,
  type MeetingRequestInput,
  MeetingRequestSchema,
} from "~/utils/event-validation";
import type { Executor } from "../../../db/client";
import {
  type Event,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  events,
  people,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { hitRateLimit, perMinute } from "../auth/rate-limit.server";
import { DomainError } from "../domain-error";
import { loadEventAccess } from "./access.server";
import type { CommandOptions } from "./editor.server";
import { notifyEventPerson } from "./notify.server";

const HOUR = 3_600_000;
/** Beyond the cap on unanswered requests: no burst of sends (and withdrawals) from one place. */
const SEND_RATE = perMinute(20);

/** The actor's place at the event, if they hold one: only registered participants meet. */
function requireRegistered(registration: { id: string; status: string } | null) {
  if (registration?.status !== "registered")
    throw new DomainError("forbidden", "events.error.notRegistered");
  return registration;
}

const nameOf = async (tx: Executor, registrationId: string) => {
  const [row] = await tx
    .select({ name: people.fullName, personId: people.id })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(eq(eventRegistrations.id, registrationId));
  return row!;
};

/**
 * A registered participant asks another for a 1:1 meeting. Refused: oneself, someone not
 * registered at this event, a pair with a live request either way, and a sender who already has
 * the event's cap of unanswered requests out (counted under a lock on the sender's registration,
 * so two quick sends cannot both take the last one).
 */
export async function sendMeetingRequest(
  db: Executor,
  actor: Actor,
  slug: string,
  raw: MeetingRequestInput,
  options: CommandOptions = {},
): Promise<{ requestId: string }> {
  const parsed = MeetingRequestSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", "events.error.invalid_input");
  const input = parsed.data;
  const { event, registration } = await loadEventAccess(db, actor, slug);
  const from = requireRegistered(registration);
  if (input.toRegistrationId === from.id)
    throw new DomainError("self_request", "events.error.self_request");
  const now = options.now ?? new Date();
  const rate = await hitRateLimit(db, `event-request:${from.id}`, SEND_RATE);
  if (!rate.allowed) throw new DomainError("rate_limited", "events.error.rate_limited");
  return db.transaction(async (tx) => {
    const [to] = await tx
      .select()
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.id, input.toRegistrationId),
          eq(eventRegistrations.eventId, event.id),
          eq(eventRegistrations.status, "registered"),
        ),
      );
    if (!to) throw new DomainError("not_found", "events.error.participantNotFound");
    await tx
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, from.id))
      .for("update");
    const r = eventMeetingRequests;
    const [open] = await tx
      .select({ n: count() })
      .from(r)
      .where(and(eq(r.fromRegistrationId, from.id), eq(r.status, "pending")));
    if ((open?.n ?? 0) >= event.openRequestCap)
      throw new DomainError("request_cap", "events.error.request_cap", {
        params: { count: event.openRequestCap },
      });
    const [live] = await tx
      .select({ id: r.id })
      .from(r)
      .where(
        and(
          or(eq(r.status, "pending"), eq(r.status, "accepted")),
          or(
            and(eq(r.fromRegistrationId, from.id), eq(r.toRegistrationId, to.id)),
            and(eq(r.fromRegistrationId, to.id), eq(r.toRegistrationId, from.id)),
          ),
        ),
      )
      .limit(1);
    if (live) throw new DomainError("already_open", "events.error.already_open");
    const [created] = await tx
      .insert(r)
      .values({
        eventId: event.id,
        fromRegistrationId: from.id,
        toRegistrationId: to.id,
        purpose: input.purpose ?? null,
        message: input.message,
        expiresAt: new Date(now.getTime() + event.requestExpiryHours * HOUR),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: r.id });
    // The partial unique index: a concurrent send of the same pair got there first.
    if (!created) throw new DomainError("already_open", "events.error.already_open");
    const sender = await nameOf(tx, from.id);
    await notifyEventPerson(tx, {
      kind: "meeting_requested",
      recipientPersonId: to.personId,
      event,
      name: sender.name,
    });
    return { requestId: created.id };
  });
}

type Side = "from" | "to" | "organiser";

/** Who may do what, by their side of the request and its status. */
function allowed(intent: MeetingAction["intent"], side: Side, status: string) {
  switch (intent) {
    case "accept":
    case "decline":
      return side === "to" && status === "pending";
    case "withdraw":
      return side === "from" && status === "pending";
    case "mustMeet":
      return status === "pending" || status === "accepted";
  }
}

/**
 * The recipient accepts (the meeting then waits for the planner) or declines with a reason; the
 * sender withdraws; either side or an organiser marks a pair "must meet". A request past its
 * expiry can no longer be answered, even before the job has marked it expired.
 */
export async function actOnMeetingRequest(
  db: Executor,
  actor: Actor,
  slug: string,
  raw: MeetingAction,
  options: CommandOptions = {},
) {
  const parsed = MeetingActionSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", "events.error.invalid_input");
  const action = parsed.data;
  const { event, registration, canOrganise } = await loadEventAccess(db, actor, slug);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const r = eventMeetingRequests;
    const [request] = await tx
      .select()
      .from(r)
      .where(and(eq(r.id, action.requestId), eq(r.eventId, event.id)))
      .for("update");
    const side: Side | null =
      request && registration?.id === request.fromRegistrationId
        ? "from"
        : request && registration?.id === request.toRegistrationId
          ? "to"
          : canOrganise
            ? "organiser"
            : null;
    if (!request || !side) throw new DomainError("not_found", "events.error.requestNotFound");
    const late = request.status === "pending" && request.expiresAt <= now;
    if (!allowed(action.intent, side, request.status) || (late && action.intent !== "mustMeet"))
      throw new DomainError("invalid_transition", "events.error.invalid_transition");
    if (action.intent === "mustMeet") {
      await tx.update(r).set({ mustMeet: action.on }).where(eq(r.id, request.id));
      return { status: request.status };
    }
    const status = ({ accept: "accepted", decline: "declined", withdraw: "withdrawn" } as const)[
      action.intent
    ];
    await tx
      .update(r)
      .set({
        status,
        answeredAt: now,
        declineReason: action.intent === "decline" ? action.reason : null,
      })
      .where(eq(r.id, request.id));
    if (status === "accepted") {
      await tx
        .insert(eventMeetings)
        .values({ eventId: event.id, requestId: request.id, createdAt: now, updatedAt: now });
    }
    if (status !== "withdrawn") {
      const [sender, recipient] = await Promise.all([
        nameOf(tx, request.fromRegistrationId),
        nameOf(tx, request.toRegistrationId),
      ]);
      await notifyEventPerson(tx, {
        kind: status === "accepted" ? "meeting_accepted" : "meeting_declined",
        recipientPersonId: sender.personId,
        event,
        name: recipient.name,
      });
    }
    return { status };
  });
}

/**
 * The job: pending requests past their expiry become expired, and their senders are told. One
 * indexed update; a request answered meanwhile is not touched.
 */
export async function expireMeetingRequests(db: Executor, now = new Date()) {
  return db.transaction(async (tx) => {
    const r = eventMeetingRequests;
    const expired = await tx
      .update(r)
      .set({ status: "expired", answeredAt: now })
      .where(and(eq(r.status, "pending"), lte(r.expiresAt, now)))
      .returning({ eventId: r.eventId, from: r.fromRegistrationId, to: r.toRegistrationId });
    const eventsById = new Map<string, Event>();
    for (const row of expired) {
      let event = eventsById.get(row.eventId);
      if (!event) {
        [event] = await tx.select().from(events).where(eq(events.id, row.eventId));
        eventsById.set(row.eventId, event!);
      }
      const [sender, recipient] = await Promise.all([nameOf(tx, row.from), nameOf(tx, row.to)]);
      await notifyEventPerson(tx, {
        kind: "meeting_expired",
        recipientPersonId: sender.personId,
        event: event!,
        name: recipient.name,
      });
    }
    return { expired: expired.length };
  });
}

import { and, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import { eventMeetingRequests, eventRegistrations, people } from "../../../db/schema";
import { loadContact } from "../mentorship";

/**
 * The viewer's meeting requests at an event, received and sent, with the counterpart; contact
 * details only on accepted ones (as for mentorship: not before both sides agreed to meet).
 */
export async function listMyRequests(db: Executor, eventId: string, registrationId: string) {
  const r = eventMeetingRequests;
  const fromReg = alias(eventRegistrations, "from_reg");
  const toReg = alias(eventRegistrations, "to_reg");
  const fromPerson = alias(people, "from_person");
  const toPerson = alias(people, "to_person");
  const rows = await db
    .select({
      id: r.id,
      status: r.status,
      purpose: r.purpose,
      message: r.message,
      declineReason: r.declineReason,
      mustMeet: r.mustMeet,
      expiresAt: r.expiresAt,
      createdAt: r.createdAt,
      fromRegistrationId: r.fromRegistrationId,
      from: { id: fromPerson.id, name: fromPerson.fullName, slug: fromPerson.slug },
      to: { id: toPerson.id, name: toPerson.fullName, slug: toPerson.slug },
    })
    .from(r)
    .innerJoin(fromReg, eq(fromReg.id, r.fromRegistrationId))
    .innerJoin(toReg, eq(toReg.id, r.toRegistrationId))
    .innerJoin(fromPerson, eq(fromPerson.id, fromReg.personId))
    .innerJoin(toPerson, eq(toPerson.id, toReg.personId))
    .where(
      and(
        eq(r.eventId, eventId),
        or(eq(r.fromRegistrationId, registrationId), eq(r.toRegistrationId, registrationId)),
      ),
    )
    .orderBy(desc(r.createdAt));
  const accepted = rows.filter((row) => row.status === "accepted");
  const contacts = new Map(
    await Promise.all(
      accepted.map(async (row) => {
        const other = row.fromRegistrationId === registrationId ? row.to.id : row.from.id;
        return [row.id, await loadContact(db, other)] as const;
      }),
    ),
  );
  return rows.map(({ fromRegistrationId, from, to, ...row }) => {
    const sent = fromRegistrationId === registrationId;
    const other = sent ? to : from;
    return {
      ...row,
      direction: sent ? ("sent" as const) : ("received" as const),
      counterpart: { name: other.name, slug: other.slug },
      contact: contacts.get(row.id) ?? null,
    };
  });
}
export type MyRequest = Awaited<ReturnType<typeof listMyRequests>>[number];

/** Registration ids the viewer has a live request with (either way), to hide "request" buttons. */
export async function liveCounterparts(db: Executor, registrationId: string) {
  const r = eventMeetingRequests;
  const rows = await db
    .select({ from: r.fromRegistrationId, to: r.toRegistrationId })
    .from(r)
    .where(
      and(
        inArray(r.status, ["pending", "accepted"]),
        or(eq(r.fromRegistrationId, registrationId), eq(r.toRegistrationId, registrationId)),
      ),
    );
  return new Set(rows.map((row) => (row.from === registrationId ? row.to : row.from)));
}

import { and, asc, eq, ilike, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  type Event,
  eventRegistrations,
  memberships,
  organizations,
  people,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { requireEventOrganiser } from "./access.server";

export type Registrant = {
  registrationId: string;
  name: string;
  slug: string;
  organization: string | null;
  role: string;
  checkedInAt: Date | null;
};

const LIST_LIMIT = 200;

/** For organisers: who registered (not cancelled, not waitlisted), searchable by name or organization. */
export async function listRegistrants(db: Executor, actor: Actor, slug: string, query = "") {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const base = and(
    eq(eventRegistrations.eventId, event.id),
    eq(eventRegistrations.status, "registered"),
  );
  const [rows, [counts]] = await Promise.all([
    registrantQuery(db)
      .where(
        query ? and(base, or(ilike(people.fullName, like), ilike(organizations.name, like))) : base,
      )
      .orderBy(asc(people.fullName))
      .limit(LIST_LIMIT),
    db
      .select({
        registered: sql<number>`count(*)::int`,
        checkedIn: sql<number>`count(${eventRegistrations.checkedInAt})::int`,
      })
      .from(eventRegistrations)
      .where(base),
  ]);
  return { event, registrants: rows, counts: counts ?? { registered: 0, checkedIn: 0 } };
}

function registrantQuery(db: Executor) {
  return db
    .select({
      registrationId: eventRegistrations.id,
      name: people.fullName,
      slug: people.slug,
      organization: organizations.name,
      role: eventRegistrations.role,
      checkedInAt: eventRegistrations.checkedInAt,
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .leftJoin(
      memberships,
      and(eq(memberships.personId, people.id), eq(memberships.isPrimary, true)),
    )
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId));
}

/** One registrant of this event, for the page the agenda's QR code opens (organisers only). */
export async function loadRegistrant(
  db: Executor,
  actor: Actor,
  slug: string,
  registrationId: string,
): Promise<{ registrant: Registrant; event: Event }> {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const [row] = await registrantQuery(db)
    .where(
      and(
        eq(eventRegistrations.id, registrationId),
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.status, "registered"),
      ),
    )
    .limit(1);
  if (!row) throw new DomainError("not_found", "events.error.not_found");
  return { registrant: row, event };
}

/** Checks a registrant in (or undoes it), recording which organiser did. Repeating is harmless. */
export async function setCheckedIn(
  db: Executor,
  actor: Actor,
  slug: string,
  input: { registrationId: string; checkedIn: boolean },
  now = new Date(),
) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const updated = await db
    .update(eventRegistrations)
    .set(
      input.checkedIn
        ? { checkedInAt: now, checkedInBy: actor.userId }
        : { checkedInAt: null, checkedInBy: null },
    )
    .where(
      and(
        eq(eventRegistrations.id, input.registrationId),
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.status, "registered"),
        // Checking in twice keeps the first time.
        input.checkedIn
          ? sql`${eventRegistrations.checkedInAt} is null`
          : isNotNull(eventRegistrations.checkedInAt),
      ),
    )
    .returning({ id: eventRegistrations.id });
  if (updated.length === 0) {
    const [exists] = await db
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.id, input.registrationId),
          eq(eventRegistrations.eventId, event.id),
          ne(eventRegistrations.status, "cancelled"),
        ),
      );
    if (!exists) throw new DomainError("not_found", "events.error.not_found");
  }
}

import { and, asc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { MeetingOutcome } from "~/vocabulary/events";
import type { ConventionKind } from "~/vocabulary/offers";
import type { Executor } from "../../../db/client";
import {
  type Event,
  type EventRegistration,
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSessionSpeakers,
  eventSessions,
  events,
  memberships,
  organizations,
  people,
  users,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { loadEventAccess } from "./access.server";
import { slotTimes } from "./event-times";

type Texts = { titleFr: string; titleEn: string | null; titleAr: string | null };

export type AgendaSession = Texts & {
  id: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  /** The viewer speaks at it. */
  speaking: boolean;
};

export type AgendaMeeting = {
  id: string;
  /** The viewer's side: "from" sent the request, "to" accepted it. */
  side: "from" | "to";
  startsAt: Date;
  endsAt: Date;
  table: number;
  room: string;
  block: Texts;
  counterpart: {
    slug: string;
    name: string;
    organization: string | null;
    /** Shown: the request was accepted, as an accepted mentorship shows it. */
    email: string | null;
  };
  myAttendance: "held" | "no_show" | null;
  theirAttendance: "held" | "no_show" | null;
  outcome: { outcome: MeetingOutcome; agreementKind: ConventionKind | null; note: string } | null;
  /** Changes when the organiser moves it: calendars re-read the event (iCalendar SEQUENCE). */
  updatedAt: Date;
};

export type Agenda = {
  event: Event;
  registration: EventRegistration;
  /** The viewer's profile country (their own time zone comes from it). */
  country: string | null;
  sessions: AgendaSession[];
  meetings: AgendaMeeting[];
};

/** The signed-in member's own agenda: only someone with a live registration has one. */
export async function loadAgenda(db: Executor, actor: Actor, slug: string): Promise<Agenda> {
  const { event, registration } = await loadEventAccess(db, actor, slug);
  if (!registration) throw new DomainError("not_found", "events.error.not_found");
  return agendaOf(db, event, registration);
}

/** The same for the private feed: the token stands for the person (no session). */
export async function loadAgendaByFeedToken(db: Executor, token: string): Promise<Agenda | null> {
  const [row] = await db
    .select({ registration: eventRegistrations })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.feedToken, token))
    .limit(1);
  if (!row || row.registration.status === "cancelled") return null;
  const [event] = await db.select().from(events).where(eq(events.id, row.registration.eventId));
  if (!event?.publishedAt) return null;
  return agendaOf(db, event, row.registration);
}

async function agendaOf(db: Executor, event: Event, registration: EventRegistration) {
  const [[person], sessions, meetings] = await Promise.all([
    db.select({ country: people.country }).from(people).where(eq(people.id, registration.personId)),
    programmeOf(db, event.id, registration.personId),
    meetingsOf(db, event.id, registration.id),
  ]);
  return { event, registration, country: person?.country ?? null, sessions, meetings };
}

async function programmeOf(db: Executor, eventId: string, personId: string) {
  const [sessions, speaking] = await Promise.all([
    db
      .select()
      .from(eventSessions)
      .where(eq(eventSessions.eventId, eventId))
      .orderBy(asc(eventSessions.startsAt), asc(eventSessions.titleFr)),
    db
      .select({ sessionId: eventSessionSpeakers.sessionId })
      .from(eventSessionSpeakers)
      .where(eq(eventSessionSpeakers.personId, personId)),
  ]);
  const mine = new Set(speaking.map((s) => s.sessionId));
  return sessions.map(
    (s): AgendaSession => ({
      id: s.id,
      kind: s.kind,
      titleFr: s.titleFr,
      titleEn: s.titleEn,
      titleAr: s.titleAr,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room,
      speaking: mine.has(s.id),
    }),
  );
}

const fromReg = alias(eventRegistrations, "from_reg");
const toReg = alias(eventRegistrations, "to_reg");

/**
 * The registration's meetings that have a published place, in time order. The draft place is
 * the planner's and never shown; a meeting whose other side cancelled is gone from the agenda.
 */
export async function meetingsOf(
  db: Executor,
  eventId: string,
  registrationId: string,
): Promise<AgendaMeeting[]> {
  const rows = await db
    .select({
      meeting: eventMeetings,
      fromRegistrationId: eventMeetingRequests.fromRegistrationId,
      fromPersonId: fromReg.personId,
      toPersonId: toReg.personId,
      block: eventSessions,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(fromReg, eq(fromReg.id, eventMeetingRequests.fromRegistrationId))
    .innerJoin(toReg, eq(toReg.id, eventMeetingRequests.toRegistrationId))
    .innerJoin(eventSessions, eq(eventSessions.id, eventMeetings.publishedSessionId))
    .where(
      and(
        eq(eventMeetings.eventId, eventId),
        or(
          eq(eventMeetingRequests.fromRegistrationId, registrationId),
          eq(eventMeetingRequests.toRegistrationId, registrationId),
        ),
        inArray(fromReg.status, ["registered"]),
        inArray(toReg.status, ["registered"]),
      ),
    );
  if (rows.length === 0) return [];
  const counterpartIds = rows.map((r) =>
    r.fromRegistrationId === registrationId ? r.toPersonId : r.fromPersonId,
  );
  const [profiles, outcomes] = await Promise.all([
    counterparts(db, counterpartIds),
    db
      .select()
      .from(eventMeetingOutcomes)
      .where(
        and(
          eq(eventMeetingOutcomes.registrationId, registrationId),
          inArray(
            eventMeetingOutcomes.meetingId,
            rows.map((r) => r.meeting.id),
          ),
        ),
      ),
  ]);
  const outcomeOf = new Map(outcomes.map((o) => [o.meetingId, o]));
  return rows
    .map((r, i): AgendaMeeting => {
      const m = r.meeting;
      const side = r.fromRegistrationId === registrationId ? "from" : "to";
      const profile = profiles.get(counterpartIds[i]!);
      const outcome = outcomeOf.get(m.id);
      return {
        id: m.id,
        side,
        ...slotTimes(r.block, m.publishedSlotIndex ?? 0),
        table: m.publishedTableNumber ?? 0,
        room: r.block.room,
        block: { titleFr: r.block.titleFr, titleEn: r.block.titleEn, titleAr: r.block.titleAr },
        counterpart: profile ?? { slug: "", name: "—", organization: null, email: null },
        myAttendance: side === "from" ? m.fromAttendance : m.toAttendance,
        theirAttendance: side === "from" ? m.toAttendance : m.fromAttendance,
        outcome: outcome
          ? { outcome: outcome.outcome, agreementKind: outcome.agreementKind, note: outcome.note }
          : null,
        updatedAt: m.publishedAt ?? m.updatedAt,
      };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.table - b.table);
}

/** Name, primary organization and contact e-mail (profile's, else the account's) of each person. */
async function counterparts(db: Executor, personIds: string[]) {
  const rows = await db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.fullName,
      email: people.email,
      accountEmail: users.email,
      organization: organizations.name,
    })
    .from(people)
    .leftJoin(users, eq(users.id, people.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.personId, people.id), eq(memberships.isPrimary, true)),
    )
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(inArray(people.id, personIds));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        slug: r.slug,
        name: r.name,
        organization: r.organization,
        email: r.email ?? r.accountEmail ?? null,
      },
    ]),
  );
}

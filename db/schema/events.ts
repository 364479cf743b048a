import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ATTENDANCE_MARKS,
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_TIME_ZONES,
  MEETING_OUTCOMES,
  MEETING_REQUEST_STATUSES,
  REGISTRATION_STATUSES,
  SESSION_KINDS,
} from "../../app/vocabulary/events";
import { conventionKind } from "./enums";
import { organizations } from "./organizations";
import { pairings } from "./pairings";
import { people } from "./people";
import { sectors } from "./sectors";
import { users } from "./users";

/**
 * An event of the network (master class, national AI day). Texts in French, with English and
 * Arabic when given (the page falls back to French). Dates are calendar days in `timeZone`.
 */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text({ enum: EVENT_KINDS }).notNull(),
    titleFr: text().notNull(),
    titleEn: text(),
    titleAr: text(),
    descriptionFr: text().notNull().default(""),
    descriptionEn: text(),
    descriptionAr: text(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    timeZone: text({ enum: EVENT_TIME_ZONES }).notNull(),
    city: text().notNull(),
    /** The hosting institution when it is in the directory; `venue` names the place either way. */
    hostOrganizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    venue: text().notNull().default(""),
    /** Languages spoken at the event: "fr", "en", "ar". */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    /** Registered places; beyond it people join the waiting list. Null: no limit. */
    capacity: integer(),
    registrationOpen: boolean().notNull().default(true),
    /** A pending meeting request expires this many hours after it was sent. */
    requestExpiryHours: integer().notNull().default(72),
    /** How many unanswered requests one participant may have sent at once. */
    openRequestCap: integer().notNull().default(10),
    /** Null while the coordinators prepare it; listed publicly once set. */
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.startsOn),
    check("event_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("event_capacity", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

export const eventSectors = pgTable(
  "event_sectors",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    sectorId: text()
      .notNull()
      .references(() => sectors.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sectorId] })],
);

/**
 * One item of the programme. A meeting block is cut into `slotMinutes` slots numbered from 0,
 * with `tables` tables per slot: the places the planner fills.
 */
export const eventSessions = pgTable(
  "event_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: text({ enum: SESSION_KINDS }).notNull(),
    titleFr: text().notNull(),
    titleEn: text(),
    titleAr: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    room: text().notNull().default(""),
    slotMinutes: integer(),
    tables: integer(),
  },
  (t) => [
    index().on(t.eventId, t.startsAt),
    check("event_session_times", sql`${t.endsAt} > ${t.startsAt}`),
    check(
      "event_session_meeting_block",
      sql`(${t.kind} = 'meeting_block') = (${t.slotMinutes} is not null and ${t.tables} is not null)`,
    ),
  ],
);

export const eventSessionSpeakers = pgTable(
  "event_session_speakers",
  {
    sessionId: uuid()
      .notNull()
      .references(() => eventSessions.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] }), index().on(t.personId)],
);

/** A member's registration: role, what they come for, and (for the agenda feed) a secret. */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text({ enum: EVENT_ROLES }).notNull().default("participant"),
    status: text({ enum: REGISTRATION_STATUSES }).notNull().default("registered"),
    /** Convention kinds they can offer and look for at this event. */
    offers: conventionKind().array().notNull().default(sql`'{}'`),
    needs: conventionKind().array().notNull().default(sql`'{}'`),
    note: text().notNull().default(""),
    /** Random token of the private iCalendar feed URL; replaced when the person resets it. */
    feedToken: text().notNull().unique(),
    checkedInAt: timestamp({ withTimezone: true }),
    checkedInBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.eventId, t.personId),
    index().on(t.eventId, t.status, t.createdAt),
    index().on(t.personId),
  ],
);

/** The slots of the meeting blocks a participant can meet in (a row means "available"). */
export const eventAvailability = pgTable(
  "event_availability",
  {
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    sessionId: uuid()
      .notNull()
      .references(() => eventSessions.id, { onDelete: "cascade" }),
    slotIndex: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.sessionId, t.slotIndex] })],
);

/** A 1:1 meeting request between two registrations of the same event. */
export const eventMeetingRequests = pgTable(
  "event_meeting_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fromRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    toRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    purpose: conventionKind(),
    message: text().notNull().default(""),
    status: text({ enum: MEETING_REQUEST_STATUSES }).notNull().default("pending"),
    declineReason: text(),
    /** Either side (or an organiser) marked it "must meet": the planner places it first. */
    mustMeet: boolean().notNull().default(false),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.eventId, t.status),
    index().on(t.toRegistrationId, t.status),
    index().on(t.fromRegistrationId, t.status),
    index().on(t.status, t.expiresAt),
    // One live request per pair and direction; declined or expired ones may be sent again.
    uniqueIndex("event_meeting_requests_open_pair")
      .on(t.fromRegistrationId, t.toRegistrationId)
      .where(sql`status in ('pending', 'accepted')`),
    check("event_meeting_request_pair", sql`${t.fromRegistrationId} <> ${t.toRegistrationId}`),
  ],
);

/**
 * An accepted request, to be placed by the planner in a slot of a meeting block at a table.
 * Unplaced: session, slot and table null, with the planner's reason. Locked: kept as is when
 * the rest is re-planned. The draft place (session, slot, table) is the planner's; the published
 * place is what the agendas show. Side "from" is the requester, "to" the one who accepted.
 */
export const eventMeetings = pgTable(
  "event_meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requestId: uuid()
      .notNull()
      .unique()
      .references(() => eventMeetingRequests.id, { onDelete: "cascade" }),
    sessionId: uuid().references(() => eventSessions.id, { onDelete: "set null" }),
    slotIndex: integer(),
    tableNumber: integer(),
    locked: boolean().notNull().default(false),
    unplacedReason: text(),
    /**
     * The place participants see: copied from the draft place above when the organiser publishes
     * the plan (re-planning changes only the draft until then). A publish that changes it
     * notifies both sides.
     */
    publishedSessionId: uuid().references(() => eventSessions.id, { onDelete: "set null" }),
    publishedSlotIndex: integer(),
    publishedTableNumber: integer(),
    publishedAt: timestamp({ withTimezone: true }),
    /** When both sides were reminded of the published place (the reminder job sends it once). */
    reminderSentAt: timestamp({ withTimezone: true }),
    fromAttendance: text({ enum: ATTENDANCE_MARKS }),
    toAttendance: text({ enum: ATTENDANCE_MARKS }),
    /** The pairing a coordinator opened from this meeting's agreement. */
    pairingId: uuid().references(() => pairings.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.eventId),
    uniqueIndex("event_meetings_place")
      .on(t.sessionId, t.slotIndex, t.tableNumber)
      .where(sql`session_id is not null`),
    check(
      "event_meeting_place",
      sql`(${t.sessionId} is null) = (${t.slotIndex} is null) and (${t.slotIndex} is null) = (${t.tableNumber} is null)`,
    ),
  ],
);

/** Each side's answer to "what came out of this meeting?". */
export const eventMeetingOutcomes = pgTable(
  "event_meeting_outcomes",
  {
    meetingId: uuid()
      .notNull()
      .references(() => eventMeetings.id, { onDelete: "cascade" }),
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    outcome: text({ enum: MEETING_OUTCOMES }).notNull(),
    /** Set only with agreement_reached. */
    agreementKind: conventionKind(),
    note: text().notNull().default(""),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.registrationId] }),
    check(
      "event_meeting_outcome_agreement",
      sql`(${t.outcome} = 'agreement_reached') = (${t.agreementKind} is not null)`,
    ),
  ],
);

export type Event = typeof events.$inferSelect;
export type EventSession = typeof eventSessions.$inferSelect;
export type EventRegistration = typeof eventRegistrations.$inferSelect;
export type EventMeetingRequest = typeof eventMeetingRequests.$inferSelect;
export type EventMeeting = typeof eventMeetings.$inferSelect;
export type EventMeetingOutcome = typeof eventMeetingOutcomes.$inferSelect;

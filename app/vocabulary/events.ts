// Events (master classes, national AI days) and their 1:1 meetings. No imports: client and
// server share it. The allowed moves live in app/.server/events.

export const EVENT_KINDS = ["master_class", "ai_day", "workshop_day"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The network meets in Morocco and in Belgium; every time is shown in the event's zone. */
export const EVENT_TIME_ZONES = ["Africa/Casablanca", "Europe/Brussels"] as const;
export type EventTimeZone = (typeof EVENT_TIME_ZONES)[number];

/** meeting_block: time reserved for 1:1 meetings, cut into slots, with tables. */
export const SESSION_KINDS = ["plenary", "panel", "workshop", "meeting_block"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const EVENT_ROLES = ["participant", "speaker", "organiser"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** waitlisted: the event was full when they registered; moved up when a place frees. */
export const REGISTRATION_STATUSES = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const MEETING_REQUEST_STATUSES = [
  "pending",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

/** What each side says happened at the time of the meeting. */
export const ATTENDANCE_MARKS = ["held", "no_show"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** The outcome question asked after a held meeting (agreement names a convention kind). */
export const MEETING_OUTCOMES = [
  "no_further_contact",
  "keep_in_touch",
  "follow_up_meeting",
  "agreement_reached",
] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

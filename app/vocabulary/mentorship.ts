// Mentorship requests; the allowed moves live in app/.server/mentorship/transitions.ts.

/** What the student asks help for. */
export const MENTORSHIP_GOALS = ["thesis", "internship", "startup", "career", "other"] as const;
export type MentorshipGoal = (typeof MENTORSHIP_GOALS)[number];

export const MENTORSHIP_STATUSES = [
  "pending",
  "accepted",
  "declined",
  "more_info",
  "withdrawn",
  "expired",
  "ended",
] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export const MENTORSHIP_EVENT_KINDS = [
  "requested",
  "accepted",
  "declined",
  "question",
  "answer",
  "withdrawn",
  "expired",
  "reminder",
  "ended",
] as const;
export type MentorshipEventKind = (typeof MENTORSHIP_EVENT_KINDS)[number];

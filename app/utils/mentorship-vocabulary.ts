// The mentorship vocabularies for client code (db/schema is server-only); a test keeps them equal.
export const MENTORSHIP_STATUSES = [
  "pending",
  "accepted",
  "declined",
  "more_info",
  "withdrawn",
  "expired",
  "ended",
] as const;
export type MentorshipStatusValue = (typeof MENTORSHIP_STATUSES)[number];

export const MENTORSHIP_GOALS = ["thesis", "internship", "startup", "career", "other"] as const;
export type MentorshipGoalValue = (typeof MENTORSHIP_GOALS)[number];

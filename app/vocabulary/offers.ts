// What people and organizations offer or need, typed by the convention it would lead to.

export const CONVENTION_KINDS = [
  "mentoring",
  "thesis_cosupervision",
  "internship",
  "incubation",
  "joint_research",
  "mobility",
] as const;
export type ConventionKind = (typeof CONVENTION_KINDS)[number];

export const OFFER_DIRECTIONS = ["offer", "need"] as const;
export type OfferDirection = (typeof OFFER_DIRECTIONS)[number];

import { pgEnum } from "drizzle-orm/pg-core";

// Shared vocabularies. The values are stable identifiers; labels live in the i18n layer.
export const PERSON_KINDS = ["student", "expert", "researcher"] as const;
export const ORGANIZATION_KINDS = [
  "university",
  "lab",
  "company",
  "incubator",
  "public_body",
  "association",
] as const;
export const CONVENTION_KINDS = [
  "mentoring",
  "thesis_cosupervision",
  "internship",
  "incubation",
  "joint_research",
  "mobility",
] as const;
export const COUNTRIES = ["MA", "BE"] as const;
export const LANGUAGE_LEVELS = ["basic", "professional", "fluent", "native"] as const;
export const VISIBILITIES = ["public", "members", "hidden"] as const;
export const VERIFICATION_STATUSES = ["pending", "verified", "rejected"] as const;
export const MENTORING_STATUSES = ["open", "paused"] as const;

export type PersonKind = (typeof PERSON_KINDS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type ConventionKind = (typeof CONVENTION_KINDS)[number];
export type Country = (typeof COUNTRIES)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type Visibility = (typeof VISIBILITIES)[number];

export const personKind = pgEnum("person_kind", PERSON_KINDS);
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const conventionKind = pgEnum("convention_kind", CONVENTION_KINDS);
export const languageLevel = pgEnum("language_level", LANGUAGE_LEVELS);
export const visibility = pgEnum("visibility", VISIBILITIES);
export const verificationStatus = pgEnum("verification_status", VERIFICATION_STATUSES);
export const mentoringStatus = pgEnum("mentoring_status", MENTORING_STATUSES);
export const offerDirection = pgEnum("offer_direction", ["offer", "need"]);

// The vocabularies of a profile: stable identifiers stored in the database (pgEnum values in
// db/schema) and shown by the UI through the i18n layer. No imports: client and server share it.

export const PERSON_KINDS = ["student", "expert", "researcher"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const COUNTRIES = ["MA", "BE"] as const;
export type Country = (typeof COUNTRIES)[number];

export const LANGUAGE_LEVELS = ["basic", "professional", "fluent", "native"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Languages offered in the profile editor (ISO 639): the network's, then common others. */
export const LANGUAGE_CODES = [
  "ar",
  "ary",
  "zgh",
  "fr",
  "nl",
  "en",
  "de",
  "es",
  "it",
  "pt",
  "tr",
  "zh",
] as const;

export const VISIBILITIES = ["public", "members", "hidden"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VERIFICATION_STATUSES = ["pending", "verified", "rejected"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const MENTORING_STATUSES = ["open", "paused"] as const;
export type MentoringStatus = (typeof MENTORING_STATUSES)[number];

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;

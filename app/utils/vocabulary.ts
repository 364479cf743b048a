// Client-safe copies of the database vocabularies (db/schema/enums.ts must stay server-only);
// vocabulary.test.ts keeps the two in step.
export const PERSON_KINDS = ["student", "expert", "researcher"] as const;
export const COUNTRIES = ["MA", "BE"] as const;
export const LANGUAGE_LEVELS = ["basic", "professional", "fluent", "native"] as const;
export const VISIBILITIES = ["public", "members", "hidden"] as const;
export const MENTORING_STATUSES = ["open", "paused"] as const;
export const CONVENTION_KINDS = [
  "mentoring",
  "thesis_cosupervision",
  "internship",
  "incubation",
  "joint_research",
  "mobility",
] as const;
export const ORGANIZATION_KINDS = [
  "university",
  "lab",
  "company",
  "incubator",
  "public_body",
  "association",
] as const;
export const GRANTED_ROLES = ["coordinator", "admin"] as const;
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;

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

export type PersonKindValue = (typeof PERSON_KINDS)[number];
export type GrantedRoleValue = (typeof GRANTED_ROLES)[number];

/** One answer of GET /api/v1/skills: the label in the reader's language and what matched. */
export type SkillSuggestion = { id: string; label: string; matched: string | null };

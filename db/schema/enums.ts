import { pgEnum } from "drizzle-orm/pg-core";
import { CONVENTION_KINDS, OFFER_DIRECTIONS } from "../../app/vocabulary/offers";
import { ORGANIZATION_KINDS } from "../../app/vocabulary/organizations";
import {
  LANGUAGE_LEVELS,
  MENTORING_STATUSES,
  PERSON_KINDS,
  VERIFICATION_STATUSES,
  VISIBILITIES,
} from "../../app/vocabulary/people";

// The vocabularies are defined once, dependency-free, in app/vocabulary (the UI imports them
// there); the schema re-exports them so server code reads them beside the tables.
export * from "../../app/vocabulary/events";
export * from "../../app/vocabulary/mentorship";
export * from "../../app/vocabulary/offers";
export * from "../../app/vocabulary/organizations";
export * from "../../app/vocabulary/pairings";
export * from "../../app/vocabulary/people";
export * from "../../app/vocabulary/roles";

export const personKind = pgEnum("person_kind", PERSON_KINDS);
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const conventionKind = pgEnum("convention_kind", CONVENTION_KINDS);
export const languageLevel = pgEnum("language_level", LANGUAGE_LEVELS);
export const visibility = pgEnum("visibility", VISIBILITIES);
export const verificationStatus = pgEnum("verification_status", VERIFICATION_STATUSES);
export const mentoringStatus = pgEnum("mentoring_status", MENTORING_STATUSES);
export const offerDirection = pgEnum("offer_direction", OFFER_DIRECTIONS);

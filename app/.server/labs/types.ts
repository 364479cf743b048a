import type { OfferDirection } from "~/vocabulary/offers";
import type {
  ConventionKind,
  LanguageLevel,
  OrganizationKind,
  PersonKind,
} from "../../../db/schema";

export type OfferNeedData = {
  direction: OfferDirection;
  kind: ConventionKind;
  details: string;
};

/** What aggregation needs to know about one member (loaded once, pure from here on). */
export type MemberData = {
  personId: string;
  kind: PersonKind;
  country: string;
  skills: { skillId: string; level: number }[];
  sectors: string[];
  languages: { language: string; level: LanguageLevel }[];
  offersNeeds: OfferNeedData[];
};

export type PublicationData = {
  id: string;
  year: number;
  title: string;
  abstract: string;
  authorIds: string[];
};

export type OrganizationData = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string;
  city: string;
  parentId: string | null;
  description: string;
  sectors: string[];
  offersNeeds: OfferNeedData[];
};

/** A lab (or a university with its labs) and everything its members bring. */
export type LabData = {
  organization: OrganizationData;
  /** Labs aggregated into the organization (a university's labs); empty for a lab. */
  units: (OrganizationData & { memberIds: string[] })[];
  members: MemberData[];
  /** Publications with at least one member among their authors. */
  publications: PublicationData[];
};

export type SkillStrength = {
  skillId: string;
  /** Members who list the skill. */
  members: number;
  maxLevel: number;
  meanLevel: number;
  /** 0–1: mostly the best level, then the mean, then depth (more than one member). */
  strength: number;
};

export type SectorShare = {
  sectorId: string;
  members: number;
  /** The organization lists the sector itself. */
  declared: boolean;
  /** 0–1: share of members in the sector, at least 0.6 when the organization declares it. */
  weight: number;
};

export type ConventionSummary = {
  kind: ConventionKind;
  /** What the organization itself states (its own offers_needs rows). */
  statements: { details: string; skillIds: string[] }[];
  /** Members who state the same offer or need for themselves. */
  members: number;
};

export type LabPublicationItem = {
  id: string;
  year: number;
  /** Taxonomy concepts the title or abstract mentions. */
  skillIds: string[];
  authorIds: string[];
};

export type LabProfile = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string;
  city: string;
  parentId: string | null;
  description: string;
  /** The organization and the labs aggregated into it. */
  unitIds: string[];
  labs: { id: string; slug: string; name: string; members: number }[];
  memberIds: string[];
  membersByKind: Record<PersonKind, number>;
  /** Strongest first. */
  skills: SkillStrength[];
  sectors: SectorShare[];
  publications: {
    total: number;
    byYear: { year: number; count: number }[];
    lastYear: number | null;
    topTerms: { term: string; count: number }[];
    topics: { skillId: string; count: number }[];
    items: LabPublicationItem[];
  };
  offers: ConventionSummary[];
  needs: ConventionSummary[];
  /** Concepts the organization names in its own stated needs. */
  statedNeedSkills: string[];
  countries: { country: string; members: number }[];
  /** Languages members work in (professional level or better). */
  languages: { language: string; members: number }[];
};

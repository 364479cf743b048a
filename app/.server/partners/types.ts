import type { ConventionKind } from "../../../db/schema";
import type { SkillTaxonomy } from "../labs/taxonomy";
import type { LabProfile } from "../labs/types";

export const CRITERIA = [
  "complementarity",
  "overlap",
  "sectors",
  "purpose",
  "publications",
  "languages",
  "ties",
  "country",
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** Points per criterion; each table sums to 100. */
export type CriterionWeights = Record<CriterionId, number>;

/**
 * The side a suggestion is made for: a lab's profile, or a person seen as a one-member lab. Only
 * what the criteria read.
 */
export type SourceProfile = Pick<
  LabProfile,
  | "id"
  | "country"
  | "unitIds"
  | "memberIds"
  | "skills"
  | "sectors"
  | "languages"
  | "statedNeedSkills"
  | "publications"
>;

export type CountryPreference = {
  /** Unordered country pairs that earn the country points: [["MA", "BE"]] by default. */
  pairs: [string, string][];
  /** Leave out partners outside the preferred pairs altogether. */
  strict: boolean;
};

export const DEFAULT_COUNTRY_PREFERENCE: CountryPreference = {
  pairs: [["MA", "BE"]],
  strict: false,
};

export type ScoringContext = {
  purpose: ConventionKind;
  weights: CriterionWeights;
  taxonomy: SkillTaxonomy;
  /** The current year, for publication recency (a parameter so tests are stable). */
  year: number;
  countryPreference: CountryPreference;
  /** Earlier or running pairings between the source and each partner, by partner id. */
  pairingTies: ReadonlyMap<string, number>;
  /**
   * How telling each skill is, 0.25–1 (see skillRarity): Linux or SQL, which most labs list,
   * should not make two labs look alike. Missing skills count fully.
   */
  skillWeights?: ReadonlyMap<string, number>;
};

export type SkillMatch = {
  skillId: string;
  /** The source's concept it was matched to, when not the same one. */
  viaSkillId?: string;
  source: number;
  partner: number;
};
export type ComplementarySkill = {
  skillId: string;
  source: number;
  partner: number;
  /** The source states it needs this concept (or the stated need it is closest to). */
  statedNeed: string | null;
};

type Criterion<I extends CriterionId, D> = { id: I; points: number; max: number; details: D };

export type CriterionResult =
  | Criterion<"complementarity", { skills: ComplementarySkill[] }>
  | Criterion<"overlap", { skills: SkillMatch[] }>
  | Criterion<"sectors", { sectorIds: string[] }>
  | Criterion<
      "purpose",
      { kind: ConventionKind; organization: boolean; members: number; reciprocal: boolean }
    >
  | Criterion<"publications", { matching: number; recent: number; skillIds: string[] }>
  | Criterion<"languages", { languages: string[] }>
  | Criterion<"ties", { coauthored: number; pairings: number }>
  | Criterion<"country", { from: string; to: string; preferred: boolean }>;

export type PartnerSuggestion = {
  partner: {
    id: string;
    slug: string;
    name: string;
    acronym: string | null;
    kind: LabProfile["kind"];
    country: string;
    city: string;
    members: number;
  };
  purpose: ConventionKind;
  /** 0–100, the sum of the breakdown's points. */
  score: number;
  breakdown: CriterionResult[];
};

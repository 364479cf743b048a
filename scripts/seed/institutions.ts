import type { Country, OrganizationKind } from "../../db/schema";
import institutionData from "./data/institutions.json" with { type: "json" };
import partnershipData from "./data/lab-partnerships.json" with { type: "json" };
import labData from "./data/labs.json" with { type: "json" };

/**
 * The demo network's organizations (data in ./data/*.json). Institutions are real (names, cities,
 * websites); every person attached to them by the seed is fictional. Lab names mix real research
 * units and plausible ones.
 *
 * `focus` lists preferred skill ids and taxonomy groups: the seed keeps only the ids that exist in
 * db/data/skills.json, so the file survives taxonomy edits. Sector ids are filtered the same way.
 */
export type OrganizationFocus = { skills: string[]; groups: string[] };

export type OrganizationSpec = {
  /** Stable key: the organization's slug and the seed of its id. */
  key: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: Country;
  city: string;
  description: string;
  website: string | null;
  sectors: string[];
  /** Key of the parent university (labs, schools). */
  parent?: string;
  focus?: OrganizationFocus;
  /** Working language community in Belgium; people's native language follows it. */
  community?: "fr" | "nl";
  /** Relative size: how many people the seed attaches to it. */
  weight?: number;
};

/** Universities, schools, companies, incubators, public bodies and associations. */
const INSTITUTIONS = institutionData as OrganizationSpec[];

export const MOROCCAN_INSTITUTIONS = INSTITUTIONS.filter((s) => s.country === "MA");
export const BELGIAN_INSTITUTIONS = INSTITUTIONS.filter((s) => s.country === "BE");
export const LABS = labData as OrganizationSpec[];

/** Parents come before their labs: the seed inserts them in this order. */
export const ALL_ORGANIZATIONS: OrganizationSpec[] = [
  ...MOROCCAN_INSTITUTIONS,
  ...BELGIAN_INSTITUTIONS,
  ...LABS,
];

/** Research partnerships (lab keys) that produce Moroccan–Belgian co-authored papers. */
export const LAB_PARTNERSHIPS = partnershipData as [string, string][];

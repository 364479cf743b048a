import type { ConventionKind, PersonKind } from "../../db/schema";
import publicationData from "./data/publications.json" with { type: "json" };
import textData from "./data/texts.json" with { type: "json" };

/**
 * Text templates of the demo network (data in ./data/texts.json and ./data/publications.json).
 *
 * Headline and bio placeholders: {role} {roleLower} {roleEn} {roleAr}, {first}, {org} (acronym or
 * name), {orgRef} (lab, university), {city}, skills {a} {b} {c} {d} ({A} is {a} capitalized),
 * sector {s}, {Pronoun}, {e} (feminine agreement), {verbAr}. Offers and needs also use {other}:
 * "en Belgique" or "au Maroc".
 */

/** The language a profile is written in. */
export type Writing = "fr" | "en" | "ar";

type Bio = Record<Writing, string> & { extrasFr: string[]; extrasEn: string[] };
type OfferKind = Extract<
  ConventionKind,
  "mentoring" | "thesis_cosupervision" | "internship" | "incubation" | "joint_research" | "mobility"
>;

type TextData = {
  headlines: Record<Writing, string[]>;
  studentHeadlines: Record<Writing, string[]>;
  bios: Record<PersonKind, Bio>;
  offerDetails: Record<OfferKind, string[]>;
  studentNeedDetails: Record<"mentoring" | "thesis_cosupervision" | "internship", string>;
  organizationNeedDetails: Record<"joint_research" | "thesis_cosupervision" | "mobility", string>;
  incubationOffer: string;
  freeTags: string[];
};
const texts: TextData = textData;

export const HEADLINES = texts.headlines;
export const STUDENT_HEADLINES = texts.studentHeadlines;
export const BIOS = texts.bios;

/** `details` of offers and needs, by convention kind. */
export const OFFER_DETAILS = texts.offerDetails;
export const STUDENT_NEED_DETAILS = texts.studentNeedDetails;
export const ORGANIZATION_NEED_DETAILS = texts.organizationNeedDetails;
export const INCUBATION_OFFER = texts.incubationOffer;

/** Free tags for the ~3% of people whose specialty is not in the taxonomy. */
export const FREE_TAGS = texts.freeTags;

type PublicationData = {
  titles: Record<"fr" | "en", string[]>;
  abstractSentences: Record<"fr" | "en", string[]>;
  venues: Record<string, string[]>;
  sectorVenues: Record<string, string[]>;
};
const papers: PublicationData = publicationData;

/** Paper titles, French and English: `{a}`/`{b}` are skills ({A} capitalized), `{s}` a sector. */
export const TITLE_TEMPLATES = papers.titles;

/** The first sentence opens every abstract; a few of the others follow. */
export const ABSTRACT_SENTENCES = papers.abstractSentences;

/** Publication venues by skill group (the papers are fictional: DOI prefix 10.5555). */
export const VENUES = papers.venues;

/** Venues of applied fields, chosen by the paper's sector. */
export const SECTOR_VENUES = papers.sectorVenues;

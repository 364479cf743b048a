import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES, LANGUAGE_LEVELS, PERSON_KINDS, SKILL_LEVELS } from "~/vocabulary/people";
import type { ImportLine } from "./line-schema.server";

/** Whether a line must have the field: always, never, or when no known organization gives it. */
export type FieldRequirement = "required" | "optional" | "unlessOrganization";

/**
 * Every field of an import line, for the format page: whether it is required and the values it
 * takes, read from the vocabularies the schema itself uses (a test checks it names them all).
 */
export const IMPORT_FIELDS: {
  name: keyof ImportLine;
  requirement: FieldRequirement;
  values?: readonly (string | number)[];
}[] = [
  { name: "externalId", requirement: "required" },
  { name: "kind", requirement: "required", values: PERSON_KINDS },
  { name: "name", requirement: "required" },
  { name: "email", requirement: "optional" },
  { name: "headline", requirement: "optional" },
  { name: "bio", requirement: "optional" },
  { name: "country", requirement: "unlessOrganization", values: COUNTRIES },
  { name: "city", requirement: "optional" },
  { name: "organization", requirement: "optional" },
  { name: "languages", requirement: "optional", values: LANGUAGE_LEVELS },
  { name: "skills", requirement: "optional", values: SKILL_LEVELS },
  { name: "sectors", requirement: "optional" },
  { name: "offers", requirement: "optional", values: CONVENTION_KINDS },
  { name: "publications", requirement: "optional" },
  { name: "bibtex", requirement: "optional" },
  { name: "orcid", requirement: "optional" },
];

/**
 * The downloadable example: good lines only (each imports as is, a test proves it), showing the
 * short and the long form of languages and skills, and a person placed by their organization.
 */
export const EXAMPLE_LINES = [
  {
    externalId: "hr-0001",
    kind: "expert",
    name: "Salma Idrissi",
    email: "salma.idrissi@example.org",
    headline: "Experte en vision par ordinateur",
    country: "MA",
    city: "Rabat",
    organization: "UM5",
    languages: ["fr", { code: "ar", level: "native" }, "en"],
    skills: ["vision artificielle", { name: "machine learning", level: 5 }],
    sectors: ["health"],
    offers: ["mentoring", "thesis_cosupervision"],
    publications: [
      {
        title: "Segmentation of retinal images",
        abstract: "A lightweight network for fundus images.",
        year: 2023,
        doi: "10.5555/example.2023.001",
      },
    ],
  },
  {
    externalId: "hr-0002",
    kind: "researcher",
    name: "Pieter Janssens",
    country: "BE",
    city: "Gent",
    languages: [{ code: "nl", level: "native" }, "en", "fr"],
    skills: ["image processing"],
    offers: ["joint_research"],
  },
  {
    externalId: "hr-0003",
    kind: "student",
    name: "Yassine Amrani",
    organization: "UM5",
    languages: ["ar", "fr"],
    skills: ["apprentissage automatique"],
  },
] as const;

export const exampleFile = () => `${EXAMPLE_LINES.map((l) => JSON.stringify(l)).join("\n")}\n`;

import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES, LANGUAGE_LEVELS, PERSON_KINDS } from "~/vocabulary/people";

const text = (max: number) => z.string().trim().max(max);

// "fr" and "machine learning" are short for {code: "fr"} and {name: "machine learning"}: read
// as such before validation, rather than as a union whose failed branch zod would describe for
// every line (a fifth of an import's time at 10,000 lines, profiled).
const LanguageSchema = z.preprocess(
  (value) => (typeof value === "string" ? { code: value } : value),
  z.object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}$/i)
      .transform((c) => c.toLowerCase()),
    level: z.enum(LANGUAGE_LEVELS).default("professional"),
  }),
);

const SkillSchema = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z.object({
    name: text(120).min(1),
    level: z.number().int().min(1).max(5).default(3),
  }),
);

const PublicationSchema = z.object({
  title: text(500).min(1),
  abstract: text(10_000).default(""),
  year: z.number().int().min(1900).max(2100),
  doi: text(200).min(1).optional(),
});

/** One line of an import file: one person (docs/import-format.md). */
export const ImportLineSchema = z
  .object({
    externalId: text(200).min(1),
    kind: z.enum(PERSON_KINDS),
    name: text(200).min(1),
    email: z.string().trim().email().max(254).optional(),
    headline: text(300).default(""),
    bio: text(10_000).default(""),
    country: z.enum(COUNTRIES).optional(),
    city: text(120).optional(),
    organization: text(300).min(1).optional(),
    languages: z.array(LanguageSchema).max(20).default([]),
    skills: z.array(SkillSchema).max(100).default([]),
    sectors: z.array(text(120).min(1)).max(30).default([]),
    offers: z.array(z.enum(CONVENTION_KINDS)).max(CONVENTION_KINDS.length).default([]),
    publications: z.array(PublicationSchema).max(200).default([]),
    /** A BibTeX file's text and an ORCID record (JSON): their works join `publications`. */
    bibtex: z.string().max(2_000_000).optional(),
    orcid: z.union([z.record(z.unknown()), z.string().max(2_000_000)]).optional(),
  })
  .strict();

export type ImportLine = z.infer<typeof ImportLineSchema>;

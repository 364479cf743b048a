import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { ORGANIZATION_KINDS } from "~/vocabulary/organizations";
import {
  COUNTRIES,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  MENTORING_STATUSES,
  VISIBILITIES,
} from "~/vocabulary/people";
import { intBetween, UuidSchema } from "./field-schemas";

/**
 * A repeated row (a language, a skill): one left blank, or ticked "remove", is dropped. Rows keep
 * their index while they are checked, so an error lands on the field it is about.
 */
function repeated<T extends z.ZodTypeAny>(row: T, key: string, max: number) {
  const blank = (value: unknown) => {
    if (!value || typeof value !== "object") return true;
    const record = value as Record<string, unknown>;
    return record.remove === "on" || String(record[key] ?? "").trim() === "";
  };
  return z
    .array(z.preprocess((r) => (blank(r) ? null : r), row.nullable()))
    .default([])
    .transform((rows) => rows.filter((r): r is z.output<T> => r !== null))
    .pipe(z.array(z.any()).max(max)) as unknown as z.ZodType<
    z.output<T>[],
    z.ZodTypeDef,
    (z.input<T> & { remove?: string })[] | undefined
  >;
}

export const LanguageRowSchema = z.object({
  language: z.enum(LANGUAGE_CODES),
  level: z.enum(LANGUAGE_LEVELS),
});

export const SkillRowSchema = z.object({
  label: z.string().trim().min(1).max(80),
  level: intBetween(1, 5),
});

const OfferFieldSchema = z
  .object({ enabled: z.boolean().default(false), details: z.string().trim().max(300).default("") })
  .default({});

const offerGroup = z
  .object(
    Object.fromEntries(CONVENTION_KINDS.map((kind) => [kind, OfferFieldSchema])) as Record<
      (typeof CONVENTION_KINDS)[number],
      typeof OfferFieldSchema
    >,
  )
  .default({});

export const NewOrganizationSchema = z.object({
  name: z.string().trim().min(2).max(160),
  kind: z.enum(ORGANIZATION_KINDS),
  country: z.enum(COUNTRIES),
  city: z.string().trim().min(1).max(80),
  website: z
    .string()
    .trim()
    .url()
    .max(300)
    .regex(/^https?:\/\//, "form.invalidUrl")
    .optional()
    .transform((v) => v ?? null),
});

/** The new-organization fields as typed: an empty one is absent (as Conform does elsewhere). */
function typedOrganization(fields: unknown) {
  if (!fields || typeof fields !== "object") return {};
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => typeof v === "string" && v.trim() !== ""),
  );
}

/** No language twice; said on the second one. */
const LanguagesSchema = repeated(LanguageRowSchema, "language", 12).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.language)) {
      ctx.addIssue({ code: "custom", path: [i, "language"], message: "form.duplicate" });
    }
    seen.add(row.language);
  });
});

const ProfileFieldsSchema = z.object({
  headline: z.string().trim().max(160).default(""),
  bio: z.string().trim().max(4000).default(""),
  country: z.enum(COUNTRIES),
  city: z.string().trim().min(1).max(80),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .email()
    .max(254)
    .optional()
    .transform((v) => v ?? null),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ().-]*$/, "form.invalidPhone")
    .optional()
    .transform((v) => v ?? null),
  /** An organization of the list, "new" to ask for one, or nothing. */
  organizationId: z.union([z.literal("new"), UuidSchema]).optional(),
  organizationRole: z.string().trim().max(120).default(""),
  /** The request for a new organization: checked by NewOrganizationChoiceSchema. */
  newOrganization: z.record(z.string().optional()).optional(),
  languages: LanguagesSchema,
  skills: repeated(SkillRowSchema, "label", 40),
  sectors: z.array(z.string().min(1).max(60)).max(20).default([]),
  offers: offerGroup,
  needs: offerGroup,
  mentoringStatus: z.enum(MENTORING_STATUSES),
  mentoringCapacity: intBetween(0, 50),
  visibility: z.enum(VISIBILITIES),
});

/**
 * The new organization is checked only when "not listed" is chosen. A refinement of the object
 * above would run only once all its fields are valid; as the other side of an intersection it
 * runs every time, so its errors come back with all the others.
 */
const NewOrganizationChoiceSchema = z
  .object({ organizationId: z.unknown(), newOrganization: z.unknown() })
  .superRefine((choice, ctx) => {
    if (choice.organizationId !== "new") return;
    const parsed = NewOrganizationSchema.safeParse(typedOrganization(choice.newOrganization));
    for (const issue of parsed.error?.issues ?? []) {
      ctx.addIssue({ ...issue, path: ["newOrganization", ...issue.path] });
    }
  })
  .transform(() => ({}));

export const ProfileSchema = z
  .intersection(ProfileFieldsSchema, NewOrganizationChoiceSchema)
  .transform((profile) => ({
    ...profile,
    newOrganization:
      profile.organizationId === "new"
        ? NewOrganizationSchema.parse(typedOrganization(profile.newOrganization))
        : null,
  }));
export type ProfileInput = z.output<typeof ProfileSchema>;

const DOI_PREFIX = /^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i;

export const PublicationSchema = z.object({
  title: z.string().trim().min(1).max(300),
  year: intBetween(1950, new Date().getFullYear() + 1),
  venue: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  doi: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v?.replace(DOI_PREFIX, "") || undefined)
    .pipe(
      z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, "settings.publication.invalidDoi")
        .optional(),
    )
    .transform((v) => v ?? null),
  abstract: z.string().trim().max(4000).default(""),
});
export type PublicationFormInput = z.output<typeof PublicationSchema>;

export const PublicationIdSchema = z.object({ publicationId: UuidSchema });

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

const toArray = (value: unknown) =>
  value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value];

/** A row left blank, or ticked "remove", is dropped; indices stay, so errors match field names. */
function repeated<T extends z.ZodTypeAny>(row: T, key: string, max: number) {
  const blank = (value: unknown) => {
    if (!value || typeof value !== "object") return true;
    const record = value as Record<string, unknown>;
    return record.remove === "on" || String(record[key] ?? "").trim() === "";
  };
  return z
    .preprocess(toArray, z.array(z.preprocess((r) => (blank(r) ? null : r), row.nullable())))
    .transform((rows) => rows.filter((r): r is z.output<T> => r !== null))
    .pipe(z.array(z.any()).max(max)) as unknown as z.ZodType<z.output<T>[], z.ZodTypeDef, unknown>;
}

export const LanguageRowSchema = z.object({
  language: z.enum(LANGUAGE_CODES),
  level: z.enum(LANGUAGE_LEVELS),
});

export const SkillRowSchema = z.object({
  label: z.string().trim().min(1).max(80),
  level: z.coerce.number().int().min(1).max(5),
});

const OfferFieldSchema = z
  .object({ enabled: z.string().optional(), details: z.string().trim().max(300).default("") })
  .default({})
  .transform((o) => ({ enabled: o.enabled === "on", details: o.details }));

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
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .url()
        .max(300)
        .regex(/^https?:\/\//, "form.invalidUrl"),
    ])
    .default("")
    .transform((v) => v || null),
});

const optionalEmail = z
  .union([z.literal(""), z.string().trim().toLowerCase().email().max(254)])
  .default("")
  .transform((v) => v || null);

export const ProfileSchema = z
  .object({
    headline: z.string().trim().max(160).default(""),
    bio: z.string().trim().max(4000).default(""),
    country: z.enum(COUNTRIES),
    city: z.string().trim().min(1).max(80),
    contactEmail: optionalEmail,
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^[+0-9 ().-]*$/, "form.invalidPhone")
      .default("")
      .transform((v) => v || null),
    organizationId: z.union([z.literal(""), z.literal("new"), z.string().uuid()]).default(""),
    organizationRole: z.string().trim().max(120).default(""),
    newOrganization: z.unknown().optional(),
    languages: repeated(LanguageRowSchema, "language", 12),
    skills: repeated(SkillRowSchema, "label", 40),
    sectors: z.preprocess(toArray, z.array(z.string().min(1).max(60)).max(20)),
    offers: offerGroup,
    needs: offerGroup,
    mentoringStatus: z.enum(MENTORING_STATUSES),
    mentoringCapacity: z.coerce.number().int().min(0).max(50),
    visibility: z.enum(VISIBILITIES),
  })
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.languages.forEach((row, i) => {
      if (seen.has(row.language)) {
        ctx.addIssue({
          code: "custom",
          path: ["languages", i, "language"],
          message: "form.duplicate",
        });
      }
      seen.add(row.language);
    });
    if (profile.organizationId === "new") {
      const parsed = NewOrganizationSchema.safeParse(profile.newOrganization ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ ...issue, path: ["newOrganization", ...issue.path] });
        }
      }
    }
  })
  .transform((profile) => ({
    ...profile,
    newOrganization:
      profile.organizationId === "new"
        ? NewOrganizationSchema.parse(profile.newOrganization ?? {})
        : null,
  }));
export type ProfileInput = z.output<typeof ProfileSchema>;

const DOI_PREFIX = /^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i;

export const PublicationSchema = z.object({
  title: z.string().trim().min(1).max(300),
  year: z.coerce
    .number()
    .int()
    .min(1950)
    .max(new Date().getFullYear() + 1),
  venue: z
    .string()
    .trim()
    .max(200)
    .default("")
    .transform((v) => v || null),
  doi: z
    .string()
    .trim()
    .max(200)
    .default("")
    .transform((v) => v.replace(DOI_PREFIX, ""))
    .pipe(z.string().regex(/^(10\.\d{4,9}\/\S+)?$/, "settings.publication.invalidDoi"))
    .transform((v) => v || null),
  abstract: z.string().trim().max(4000).default(""),
});
export type PublicationFormInput = z.output<typeof PublicationSchema>;

export const PublicationIdSchema = z.object({ publicationId: z.string().uuid() });

import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

/** Longest text "describe your need" accepts: a thesis topic or a call for proposals. */
export const MAX_NEED_CHARS = 5000;
export const MAX_MATCH_LIMIT = 100;

/** One value or a list: `"country": "MA"` and `"country": ["MA", "BE"]` both work. */
const oneOrMany = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .union([item, z.array(item).max(max)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

export const MatchFiltersSchema = z
  .object({
    country: oneOrMany(z.string().regex(/^[A-Z]{2}$/, "country must be an ISO code like MA"), 10),
    sectors: oneOrMany(z.string().regex(/^[a-z0-9-]{1,60}$/, "unknown sector id"), 20),
    kind: oneOrMany(z.enum(["expert", "researcher"]), 2),
    offers: oneOrMany(z.enum(CONVENTION_KINDS), CONVENTION_KINDS.length),
    languages: oneOrMany(z.string().regex(/^[a-z]{2,3}$/, "language must be a code like fr"), 10),
    mentoringOpen: z.boolean(),
  })
  .partial()
  .strict();
export type MatchFilters = z.infer<typeof MatchFiltersSchema>;

/** The body of POST /api/v1/match/experts and the "describe your need" form. */
export const MatchExpertsRequestSchema = z
  .object({
    text: z
      .string({ required_error: "text is required", invalid_type_error: "text must be a string" })
      .trim()
      .min(1, "text is required")
      .max(MAX_NEED_CHARS, `text must be at most ${MAX_NEED_CHARS} characters`),
    filters: MatchFiltersSchema.default({}),
    limit: z
      .number({ invalid_type_error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be 1 or more")
      .max(MAX_MATCH_LIMIT, `limit must be ${MAX_MATCH_LIMIT} or less`)
      .default(20),
  })
  .strict();
export type MatchExpertsRequest = z.infer<typeof MatchExpertsRequestSchema>;

/** GET /api/v1/people/:id/mentor-suggestions?limit= */
export const MentorSuggestionsQuerySchema = z.object({
  limit: z.coerce
    .number({ invalid_type_error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be 1 or more")
    .max(50, "limit must be 50 or less")
    .default(10),
});

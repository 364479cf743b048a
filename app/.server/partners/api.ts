import { z } from "zod";
import type { Locale } from "~/utils/i18n";
import { CONVENTION_KINDS } from "../../../db/schema";
import { explainSuggestion } from "./explain";
import type { PartnerSuggestion } from "./types";

const COUNTRY = z.string().regex(/^[A-Z]{2}$/);

/**
 * The body of `POST /api/v1/match/labs` (the route waits for a bearer-token helper in
 * app/.server/auth): `{"orgId","purpose","limit"}`, plus an optional country preference.
 */
export const LabMatchRequestSchema = z
  .object({
    orgId: z.string().trim().min(1).max(200),
    purpose: z.enum(CONVENTION_KINDS),
    limit: z.number().int().min(1).max(50).default(10),
    countryPreference: z
      .object({
        pairs: z.array(z.tuple([COUNTRY, COUNTRY])).max(20),
        strict: z.boolean().default(false),
      })
      .optional(),
  })
  .strict();
export type LabMatchRequest = z.infer<typeof LabMatchRequestSchema>;

/** A suggestion as the API returns it: the breakdown as data, plus the one-line explanation. */
export function toApiSuggestion(suggestion: PartnerSuggestion, locale: Locale) {
  return {
    partner: suggestion.partner,
    purpose: suggestion.purpose,
    score: suggestion.score,
    explanation: explainSuggestion(suggestion, locale),
    breakdown: suggestion.breakdown,
  };
}

import { z } from "zod";
import { MAX_NEED_CHARS } from "~/utils/matching-query";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";

/** The "describe your need" form (/match): the text and three optional filters. */
export const MatchNeedFormSchema = z.object({
  text: z
    .string({ required_error: "matchPage.error.textRequired" })
    .trim()
    .min(1, "matchPage.error.textRequired")
    .max(MAX_NEED_CHARS, "matchPage.error.textTooLong"),
  // An unselected <select> sends "", which the form parser reads as no filter.
  country: z.enum(COUNTRIES).optional(),
  sector: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  offer: z.enum(CONVENTION_KINDS).optional(),
});
export type MatchNeedForm = z.infer<typeof MatchNeedFormSchema>;

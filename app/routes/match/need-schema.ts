import { z } from "zod";
import { MAX_NEED_CHARS } from "~/utils/matching-query";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";

/** An unselected <select> sends "": no filter. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** The "describe your need" form (/match): the text and three optional filters. */
export const MatchNeedFormSchema = z.object({
  text: z
    .string({ required_error: "matchPage.error.textRequired" })
    .trim()
    .min(1, "matchPage.error.textRequired")
    .max(MAX_NEED_CHARS, "matchPage.error.textTooLong"),
  country: optional(z.enum(COUNTRIES)),
  sector: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  offer: optional(z.enum(CONVENTION_KINDS)),
});
export type MatchNeedForm = z.infer<typeof MatchNeedFormSchema>;

import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

export const PARTNER_SCOPES = ["cross", "cross_only", "any"] as const;

/** The page's query string; a bad value falls back to the default rather than failing. */
export const PartnerQuerySchema = z.object({
  purpose: z.enum(CONVENTION_KINDS).catch("joint_research"),
  scope: z.enum(PARTNER_SCOPES).catch("cross"),
});
export type PartnerQuery = z.infer<typeof PartnerQuerySchema>;

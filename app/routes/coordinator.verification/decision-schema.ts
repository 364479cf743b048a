import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";

/** The page's two kinds of buttons: a profile's review, and an organization request's answer. */
export const VerificationActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("review"),
    personId: UuidSchema,
    decision: z.enum(["verified", "rejected"]),
  }),
  z.object({
    intent: z.literal("resolve-request"),
    requestId: UuidSchema,
    decision: z.enum(["approved", "rejected"]),
  }),
]);

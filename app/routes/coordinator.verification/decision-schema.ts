import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";

/** The page's two kinds of buttons: a profile's review, and an organization request's answer. */
export const VerificationActionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("review"),
      personId: UuidSchema,
      decision: z.enum(["verified", "rejected"]),
      /** Required to reject: the person is told what to correct. */
      reason: z.string().trim().max(1000).optional(),
    }),
    z.object({
      intent: z.literal("resolve-request"),
      requestId: UuidSchema,
      decision: z.enum(["approved", "rejected"]),
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent === "review" && value.decision === "rejected" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "verify.reject.reasonRequired" });
    }
  });

import { z } from "zod";
import { PAIRING_SIDES, PAIRING_STATUSES } from "~/vocabulary/pairings";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const note = z.string().trim().max(2000).default("");

/** The detail page's two forms: a party's answer, and a coordinator's status change. */
export const PairingActionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("decide"),
      side: z.enum(PAIRING_SIDES),
      decision: z.enum(["accepted", "declined"]),
      note,
    }),
    z.object({
      intent: z.literal("move"),
      to: z.enum(PAIRING_STATUSES),
      note,
      reason: z.string().trim().max(500).optional(),
      dueAt: z
        .string()
        .trim()
        .optional()
        .refine((v) => !v || (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
          message: "form.invalidFormat",
        })
        .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined)),
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent === "move" && value.to === "abandoned" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "pairings.error.reason_required" });
    }
  });

import { z } from "zod";
import { OptionalDaySchema } from "~/utils/field-schemas";
import { PairingNoteSchema } from "~/utils/pairing-validation";
import { PAIRING_SIDES, PAIRING_STATUSES } from "~/vocabulary/pairings";

/** The detail page's two forms: a party's answer, and a coordinator's status change. */
export const PairingActionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("decide"),
      side: z.enum(PAIRING_SIDES),
      decision: z.enum(["accepted", "declined"]),
      note: PairingNoteSchema,
    }),
    z.object({
      intent: z.literal("move"),
      to: z.enum(PAIRING_STATUSES),
      note: PairingNoteSchema,
      reason: z.string().trim().max(500).optional(),
      dueAt: OptionalDaySchema,
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent === "move" && value.to === "abandoned" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "pairings.error.reason_required" });
    }
  });

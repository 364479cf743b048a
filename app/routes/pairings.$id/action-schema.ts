import { z } from "zod";
import { PastDaySchema, UpcomingDaySchema } from "~/utils/field-schemas";
import { PairingNoteSchema } from "~/utils/pairing-validation";
import { PAIRING_SIDES, PAIRING_STATUSES } from "~/vocabulary/pairings";

/**
 * The detail page's three forms: a side's answer (a coordinator's explicitly on its behalf), a
 * coordinator's status change, and the signed convention (date, signatories, PDF).
 */
export const PairingActionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("decide"),
      side: z.enum(PAIRING_SIDES),
      decision: z.enum(["accepted", "declined"]),
      note: PairingNoteSchema,
      onBehalf: z.boolean().default(false),
    }),
    z.object({
      intent: z.literal("move"),
      to: z.enum(PAIRING_STATUSES),
      note: PairingNoteSchema,
      reason: z.string().trim().max(500).optional(),
      dueAt: UpcomingDaySchema,
    }),
    z.object({
      intent: z.literal("convention"),
      signedOn: PastDaySchema,
      signatories: z.string({ required_error: "form.required" }).trim().min(1).max(500),
      file: z.instanceof(File, { message: "pairings.error.document_missing" }),
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent === "move" && value.to === "abandoned" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "pairings.error.reason_required" });
    }
  });

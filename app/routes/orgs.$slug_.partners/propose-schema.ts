import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The "propose" form under a suggestion: this lab with the suggested partner lab. */
export const ProposeLabPairingSchema = z.object({
  partnerId: z.string().uuid(),
  purpose: z.enum(CONVENTION_KINDS),
  note: z.string().trim().max(2000).default(""),
  /** A day (YYYY-MM-DD); empty keeps the default due date. */
  dueAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
      message: "form.invalidFormat",
    })
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined)),
  acknowledge: z.literal("on").optional(),
});

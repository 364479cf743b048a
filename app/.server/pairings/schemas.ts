import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { PAIRING_SIDES, PAIRING_STATUSES, SIDE_DECISIONS } from "~/vocabulary/pairings";

export const PartyRefSchema = z.object({
  type: z.enum(["person", "organization"]),
  id: z.string().uuid(),
});
export type PartyRef = z.infer<typeof PartyRefSchema>;

const note = z.string().trim().max(2000).default("");
const dueAt = z.coerce.date().nullable().optional();

export const ProposePairingSchema = z
  .object({
    sideA: PartyRefSchema,
    sideB: PartyRefSchema,
    purpose: z.enum(CONVENTION_KINDS),
    note,
    dueAt,
    /** The coordinator saw the conflict-of-interest warnings and proposes anyway. */
    acknowledgeConflicts: z.boolean().default(false),
  })
  .refine((v) => v.sideA.type !== v.sideB.type || v.sideA.id !== v.sideB.id, {
    message: "pairings.error.same_party",
    path: ["sideB"],
  });
export type ProposePairingInput = z.input<typeof ProposePairingSchema>;

export const TransitionPairingSchema = z
  .object({
    pairingId: z.string().uuid(),
    to: z.enum(PAIRING_STATUSES),
    note,
    /** Required when abandoning. */
    reason: z.string().trim().max(500).optional(),
    /** The next step's due date; left as it is when absent. */
    dueAt,
  })
  .refine((v) => v.to !== "abandoned" || !!v.reason, {
    message: "pairings.error.reason_required",
    path: ["reason"],
  });
export type TransitionPairingInput = z.input<typeof TransitionPairingSchema>;

export const DecideSideSchema = z.object({
  pairingId: z.string().uuid(),
  side: z.enum(PAIRING_SIDES),
  decision: z.enum(SIDE_DECISIONS).exclude(["pending"]),
  note,
});
export type DecideSideInput = z.input<typeof DecideSideSchema>;

export const SetDueDateSchema = z.object({
  pairingId: z.string().uuid(),
  dueAt: z.coerce.date().nullable(),
  note,
});
export type SetDueDateInput = z.input<typeof SetDueDateSchema>;

export const PairingFiltersSchema = z.object({
  status: z.enum(PAIRING_STATUSES).optional(),
  purpose: z.enum(CONVENTION_KINDS).optional(),
});
export type PairingFilters = z.input<typeof PairingFiltersSchema>;

import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { OptionalDaySchema } from "./field-schemas";

// The fields the pairing forms share: proposing (from /pairings/new or a lab's partners page) and
// moving a pairing along.

export const PairingNoteSchema = z.string().trim().max(2000).default("");

/** What a proposal says besides its two parties. */
export const ProposalFields = {
  purpose: z.enum(CONVENTION_KINDS),
  note: PairingNoteSchema,
  /** The first due date; empty keeps the default (two weeks). */
  dueAt: OptionalDaySchema,
  /** The coordinator saw the conflict-of-interest warnings and proposes anyway. */
  acknowledge: z.boolean().default(false),
};

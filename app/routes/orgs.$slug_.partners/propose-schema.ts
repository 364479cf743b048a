import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";
import { ProposalFields } from "~/utils/pairing-validation";

/** The "propose" form under a suggestion: this lab with the suggested partner lab. */
export const ProposeLabPairingSchema = z.object({ partnerId: UuidSchema, ...ProposalFields });

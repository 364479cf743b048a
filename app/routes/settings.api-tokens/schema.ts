import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";

/** The two forms of /settings/api-tokens, told apart by their intent. */
export const ApiTokenActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), name: z.string().trim().min(1).max(80) }),
  z.object({ intent: z.literal("revoke"), tokenId: UuidSchema }),
]);

import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";

/** The edit page's small forms besides the event and the session (one schema per intent). */
export const ProgrammeActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("unpublish") }),
  z.object({ intent: z.literal("removeSession"), sessionId: UuidSchema }),
  z.object({ intent: z.literal("addSpeaker"), sessionId: UuidSchema, personId: UuidSchema }),
  z.object({ intent: z.literal("removeSpeaker"), sessionId: UuidSchema, personId: UuidSchema }),
]);

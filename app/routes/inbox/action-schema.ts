import { z } from "zod";
import { SerialIdSchema } from "~/utils/field-schemas";

/** The inbox's two forms: open one notification (mark it read, then follow it), or mark all read. */
export const InboxActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), id: SerialIdSchema }),
  z.object({ intent: z.literal("read-all") }),
]);

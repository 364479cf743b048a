import { z } from "zod";
import { isUuid } from "~/utils/field-schemas";

/** The plan page's forms: run the planner, publish, lock or unlock one meeting, mark it "must meet" or not. */
export const PlanActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("plan") }),
  z.object({ intent: z.literal("publish") }),
  z.object({
    intent: z.literal("lock"),
    meetingId: z
      .string({ required_error: "events.plan.error.meeting_not_found" })
      .refine(isUuid, "events.plan.error.meeting_not_found"),
    locked: z.enum(["true", "false"]).transform((v) => v === "true"),
  }),
  z.object({
    intent: z.literal("mustMeet"),
    meetingId: z
      .string({ required_error: "events.plan.error.meeting_not_found" })
      .refine(isUuid, "events.plan.error.meeting_not_found"),
    on: z.enum(["true", "false"]).transform((v) => v === "true"),
  }),
]);

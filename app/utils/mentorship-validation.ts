import { z } from "zod";
import { MENTORSHIP_GOALS } from "~/vocabulary/mentorship";

// The mentorship forms' schemas: the pages validate with them (in the browser and the action) and
// the workflow checks its input with them again.

export const MESSAGE_MIN = 20;
export const MESSAGE_MAX = 2000;

const message = z
  .string()
  .trim()
  .min(MESSAGE_MIN, "mentorship.error.messageTooShort")
  .max(MESSAGE_MAX, "mentorship.error.messageTooLong");

/** A student's request: the form at /mentorship/new and createMentorshipRequest. */
export const MentorshipRequestSchema = z.object({
  goal: z.enum(MENTORSHIP_GOALS, { message: "mentorship.error.goalRequired" }),
  message,
});
export type MentorshipRequestInput = z.input<typeof MentorshipRequestSchema>;

const text = z
  .string()
  .trim()
  .min(2, "mentorship.error.textRequired")
  .max(MESSAGE_MAX, "mentorship.error.messageTooLong");

/** The actions on the request page, one per intent. */
export const MentorshipActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept") }),
  z.object({
    intent: z.literal("decline"),
    reason: z
      .string()
      .trim()
      .min(2, "mentorship.error.reasonRequired")
      .max(500, "mentorship.error.reasonTooLong"),
  }),
  z.object({ intent: z.literal("ask"), question: text }),
  z.object({ intent: z.literal("answer"), answer: text }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("end") }),
]);
export type MentorshipAction = z.infer<typeof MentorshipActionSchema>;

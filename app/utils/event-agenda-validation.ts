import { z } from "zod";
import { ATTENDANCE_MARKS, MEETING_OUTCOMES } from "~/vocabulary/events";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

const meetingId = z.string({ required_error: "form.required" }).uuid("form.invalid");

/**
 * The agenda's forms: a side marks a meeting held or no-show, answers the outcome question
 * (an agreement names its convention kind), or replaces the private feed URL.
 */
export const AgendaActionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("attendance"),
      meetingId,
      mark: z.enum(ATTENDANCE_MARKS),
    }),
    z.object({
      intent: z.literal("outcome"),
      meetingId,
      outcome: z.enum(MEETING_OUTCOMES, { required_error: "agenda.error.outcomeRequired" }),
      agreementKind: z.enum(CONVENTION_KINDS).optional(),
      note: z.string().trim().max(1000).default(""),
    }),
    z.object({ intent: z.literal("reset-feed") }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent !== "outcome") return;
    if (value.outcome === "agreement_reached" && !value.agreementKind) {
      ctx.addIssue({
        code: "custom",
        path: ["agreementKind"],
        message: "agenda.error.kindRequired",
      });
    }
  });
export type AgendaAction = z.infer<typeof AgendaActionSchema>;

/** Check-in page: check a registrant in or undo it; the list's search box. */
export const CheckInActionSchema = z.object({
  intent: z.enum(["check-in", "undo"]),
  registrationId: z.string({ required_error: "form.required" }).uuid("form.invalid"),
});
export const CheckInSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
});

/** Event dashboard: a coordinator opens a pairing from a meeting's agreement. */
export const OpenPairingSchema = z.object({
  intent: z.literal("open-pairing"),
  meetingId,
  acknowledgeConflicts: z.boolean().default(false),
});

import { z } from "zod";
import { EVENT_KINDS, EVENT_ROLES, EVENT_TIME_ZONES, SESSION_KINDS } from "~/vocabulary/events";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { OptionalDaySchema, UuidSchema } from "./field-schemas";

// The events forms' schemas: the pages validate with them (browser and action) and the domain
// (app/.server/events) checks its input with them again. Messages are keys of app/locales/events-core.ts.

/** The languages an event can be held in. */
export const EVENT_LANGUAGES = ["fr", "en", "ar"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
const requiredDay = z.string({ required_error: "form.required" }).pipe(OptionalDaySchema.unwrap());
const count = (min: number, max: number) =>
  z.number({ required_error: "form.required" }).int().min(min).max(max);

export const EventSchema = z
  .object({
    kind: z.enum(EVENT_KINDS, { message: "form.invalidChoice" }),
    titleFr: z.string({ required_error: "form.required" }).trim().min(3).max(200),
    titleEn: optionalText(200),
    titleAr: optionalText(200),
    descriptionFr: z.string({ required_error: "form.required" }).trim().min(10).max(5000),
    descriptionEn: optionalText(5000),
    descriptionAr: optionalText(5000),
    startsOn: requiredDay,
    endsOn: requiredDay,
    timeZone: z.enum(EVENT_TIME_ZONES, { message: "form.invalidChoice" }),
    city: z.string({ required_error: "form.required" }).trim().min(2).max(100),
    venue: z.string().trim().max(200).default(""),
    hostOrganizationId: UuidSchema.optional(),
    languages: z.array(z.enum(EVENT_LANGUAGES)).min(1, "events.form.languagesRequired"),
    sectors: z.array(z.string().max(60)).max(13).default([]),
    capacity: count(1, 10_000).optional(),
    requestExpiryHours: count(1, 720).default(72),
    openRequestCap: count(1, 100).default(10),
  })
  .superRefine((e, ctx) => {
    const days = (e.endsOn.getTime() - e.startsOn.getTime()) / 86_400_000;
    if (days < 0)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "events.form.endsBeforeStart" });
    else if (days > 30)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "events.form.tooLong" });
  });
export type EventInput = z.input<typeof EventSchema>;
export type EventFields = z.output<typeof EventSchema>;

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const wallClock = z
  .string({ required_error: "form.required" })
  .regex(WALL_CLOCK, "form.invalidFormat")
  .refine((v) => !Number.isNaN(Date.parse(`${v}:00Z`)), "form.invalidFormat");

/** One programme item; times as the venue's wall clock reads them ("2026-05-13T09:00"). */
export const SessionSchema = z
  .object({
    intent: z.literal("addSession"),
    kind: z.enum(SESSION_KINDS, { message: "form.invalidChoice" }),
    titleFr: z.string({ required_error: "form.required" }).trim().min(2).max(200),
    titleEn: optionalText(200),
    titleAr: optionalText(200),
    startsAt: wallClock,
    endsAt: wallClock,
    room: z.string().trim().max(100).default(""),
    slotMinutes: count(5, 120).optional(),
    tables: count(1, 500).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.endsAt <= s.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.form.endsBeforeStart" });
    if (s.kind === "meeting_block") {
      if (!s.slotMinutes)
        ctx.addIssue({ code: "custom", path: ["slotMinutes"], message: "form.required" });
      if (!s.tables) ctx.addIssue({ code: "custom", path: ["tables"], message: "form.required" });
    }
  });
export type SessionInput = z.input<typeof SessionSchema>;
export type SessionFields = z.output<typeof SessionSchema>;

/** What a member comes for, and the meeting slots they can take ("<sessionId>:<slot>"). */
export const RegistrationSchema = z.object({
  intent: z.literal("register"),
  offers: z.array(z.enum(CONVENTION_KINDS)).default([]),
  needs: z.array(z.enum(CONVENTION_KINDS)).default([]),
  note: z.string().trim().max(1000).default(""),
  availability: z
    .array(z.string().regex(/^[0-9a-f-]{36}:\d{1,3}$/, "form.invalid"))
    .max(2000)
    .default([]),
});
export type RegistrationInput = z.input<typeof RegistrationSchema>;

export const MeetingRequestSchema = z.object({
  intent: z.literal("request"),
  toRegistrationId: UuidSchema,
  purpose: z.enum(CONVENTION_KINDS).optional(),
  message: z.string({ required_error: "form.required" }).trim().min(10).max(1000),
});
export type MeetingRequestInput = z.input<typeof MeetingRequestSchema>;

/** What either side (or an organiser) does with a request. */
export const MeetingActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), requestId: UuidSchema }),
  z.object({
    intent: z.literal("decline"),
    requestId: UuidSchema,
    reason: z
      .string({ required_error: "events.form.reasonRequired" })
      .trim()
      .min(2, "events.form.reasonRequired")
      .max(500),
  }),
  z.object({ intent: z.literal("withdraw"), requestId: UuidSchema }),
  z.object({
    intent: z.literal("mustMeet"),
    requestId: UuidSchema,
    on: z.boolean().default(false),
  }),
]);
export type MeetingAction = z.infer<typeof MeetingActionSchema>;

/** An organiser sets a registrant's role at the event. */
export const RoleChangeSchema = z.object({
  intent: z.literal("setRole"),
  registrationId: UuidSchema,
  role: z.enum(EVENT_ROLES, { message: "form.invalidChoice" }),
});

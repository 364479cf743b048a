import { z } from "zod";

// The fields many forms share, defined once. Each rejects what is out of range with a message
// (a 400 on the form), so junk never reaches the database as a 500.

/** An id in a URL or a hidden field. */
export const UuidSchema = z.string().uuid();
export const isUuid = (value: unknown): value is string => UuidSchema.safeParse(value).success;

/** A serial (bigserial) id: a number no row could have is refused, not sent to PostgreSQL. */
export const SerialIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A whole number in a range: counts, levels, years. */
export const intBetween = (min: number, max: number) => z.number().int().min(min).max(max);

export const FIRST_DAY = "2000-01-01";
export const LAST_DAY = "2099-12-31";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day picked in a date input (YYYY-MM-DD), as midnight UTC; empty is undefined. A day that does
 * not exist (2024-02-31) or falls outside this century is refused.
 */
export const OptionalDaySchema = z
  .string()
  .trim()
  .superRefine((day, ctx) => {
    const date = new Date(`${day}T00:00:00Z`);
    const real = DAY.test(day) && !Number.isNaN(date.getTime());
    if (!real || !date.toISOString().startsWith(day)) {
      ctx.addIssue({ code: "custom", message: "form.invalidFormat" });
    } else if (day < FIRST_DAY || day > LAST_DAY) {
      ctx.addIssue({
        code: "custom",
        message: "form.dayOutOfRange",
        params: { min: FIRST_DAY, max: LAST_DAY },
      });
    }
  })
  .transform((day) => new Date(`${day}T00:00:00Z`))
  .optional();

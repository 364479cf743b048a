import { z } from "zod";
import { COUNTRIES, PERSON_KINDS } from "~/vocabulary/people";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const EmailSchema = z.string().trim().toLowerCase().min(1).max(254).email();
export const NewPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const SignupSchema = z.object({
  fullName: z.string().trim().min(2).max(120),
  email: EmailSchema,
  password: NewPasswordSchema,
  kind: z.enum(PERSON_KINDS),
  country: z.enum(COUNTRIES),
  city: z.string().trim().min(1).max(80),
});
export type SignupInput = z.infer<typeof SignupSchema>;

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  redirectTo: z.string().max(2000).optional(),
});

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

export const ResetPasswordSchema = z
  .object({ password: NewPasswordSchema, confirm: z.string().max(PASSWORD_MAX_LENGTH) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "form.passwordMismatch" });

export const DeleteAccountSchema = z.object({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

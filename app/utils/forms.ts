import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { catalogues, type MessageKey } from "~/locales";

// Forms go through Conform (docs/decisions/032-forms-with-conform.md): one zod schema validates in
// the browser and again in the action; this module is the glue both sides share.

/** One error, as a message key and its parameters, rendered in the reader's language. */
export type FormMessage = { key: MessageKey; params?: Record<string, string | number> };
/** What Conform keeps per field (and for the whole form): our messages, not strings. */
export type FormErrors = FormMessage[];
export type FormResult = SubmissionResult<FormErrors>;

const isMessageKey = (value: string): value is MessageKey => value in catalogues.fr;

/** One zod issue as a message key with its parameters: the one place issues become messages. */
export function issueToMessage(issue: z.ZodIssue): FormMessage {
  if (isMessageKey(issue.message)) {
    // A schema's own message gets the bound it is about (a minimum of 1 means "required"), or a
    // custom check's parameters.
    if (issue.code === "custom" && issue.params) {
      return { key: issue.message, params: issue.params };
    }
    if (issue.code === "too_small" && Number(issue.minimum) > 1) {
      return { key: issue.message, params: { min: Number(issue.minimum) } };
    }
    if (issue.code === "too_big") {
      return { key: issue.message, params: { max: Number(issue.maximum) } };
    }
    return { key: issue.message };
  }
  switch (issue.code) {
    case "too_small":
      if (issue.type === "string") {
        return Number(issue.minimum) <= 1
          ? { key: "form.required" }
          : { key: "form.tooShort", params: { min: Number(issue.minimum) } };
      }
      if (issue.type === "number")
        return { key: "form.tooSmall", params: { min: Number(issue.minimum) } };
      return { key: "form.required" };
    case "too_big":
      if (issue.type === "string")
        return { key: "form.tooLong", params: { max: Number(issue.maximum) } };
      if (issue.type === "number")
        return { key: "form.tooLarge", params: { max: Number(issue.maximum) } };
      return { key: "form.tooMany", params: { max: Number(issue.maximum) } };
    case "invalid_string":
      if (issue.validation === "email") return { key: "form.invalidEmail" };
      if (issue.validation === "url") return { key: "form.invalidUrl" };
      return { key: "form.invalidFormat" };
    case "invalid_type":
      if (issue.received === "undefined" || issue.received === "null")
        return { key: "form.required" };
      if (issue.expected === "number" || issue.expected === "integer")
        return { key: "form.notANumber" };
      return { key: "form.invalid" };
    case "invalid_enum_value":
    case "invalid_literal":
    case "invalid_union_discriminator":
      return { key: "form.invalidChoice" };
    case "not_finite":
      return { key: "form.notANumber" };
    default:
      return { key: "form.invalid" };
  }
}

const formatIssues = (issues: z.ZodIssue[]): FormErrors => issues.map(issueToMessage);

/** Repeated rows are capped far below this; a forged "rows[99999]" would cost seconds to parse. */
const MAX_INDEX = 100;

function withoutAbsurdIndices(formData: FormData) {
  const kept = new FormData();
  for (const [name, value] of formData.entries()) {
    const indices = [...name.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (indices.every((i) => i <= MAX_INDEX)) kept.append(name, value);
  }
  return kept;
}

/** Parses a submission with a named schema, in the browser (onValidate) and in the action. */
export function parseForm<S extends z.ZodTypeAny>(payload: FormData, schema: S) {
  return parseWithZod(withoutAbsurdIndices(payload), { schema, formatError: formatIssues });
}

/** The error about the whole form in a result (a refusal), if any. */
export function formErrorOf(result: FormResult | null | undefined): FormMessage | undefined {
  return result?.error?.[""]?.[0];
}

type FormShape = Record<string, unknown>;

/**
 * Conform's useForm with the schema checked on submit, then again as the user types, and the
 * action's last result (input and errors) when the server had the last word. Not on blur: an error
 * appearing as the focus leaves a field for the submit button moves the button under the pointer.
 */
export function useSchemaForm<S extends z.ZodType<unknown, z.ZodTypeDef, FormShape>>(
  schema: S,
  options: {
    id?: string;
    lastResult?: FormResult | null;
    defaultValue?: Parameters<
      typeof useForm<z.input<S>, z.output<S>, FormErrors>
    >[0]["defaultValue"];
  } = {},
) {
  return useForm<z.input<S>, z.output<S>, FormErrors>({
    ...options,
    onValidate: ({ formData, submitter }) =>
      // A GET button inside the form (a search) navigates: nothing of this form to check yet.
      submitter?.getAttribute("formmethod")?.toLowerCase() === "get"
        ? parseForm(formData, z.object({}).passthrough())
        : parseForm(formData, schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}

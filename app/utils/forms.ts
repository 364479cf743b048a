import type { z } from "zod";
import { catalogues, type MessageKey } from "~/locales";

/** What the user typed, nested like the field names ("languages.0.level"). */
export type FormValues = { [key: string]: FormValue };
export type FormValue = string | FormValue[] | FormValues;
export type FormError = { key: MessageKey; params?: Record<string, string | number> };
/** Errors by field name ("email", "languages.0.level"); "" holds errors about the whole form. */
export type FieldErrors = Record<string, FormError>;

export type Submission<T> =
  | { success: true; data: T; values: FormValues }
  | { success: false; values: FormValues; errors: FieldErrors };

const MAX_INDEX = 100;
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);

/**
 * Turns form fields into a nested object: "a.b" nests, a numeric segment indexes an array, a name
 * repeated (checkboxes) becomes an array. Files are ignored.
 */
export function formDataToObject(formData: FormData): FormValues {
  const root: FormValues = {};
  for (const [name, raw] of formData.entries()) {
    if (typeof raw !== "string") continue;
    const path = name.split(".");
    if (path.some((segment) => FORBIDDEN.has(segment) || segment === "")) continue;
    if (path.some((segment) => /^\d+$/.test(segment) && Number(segment) > MAX_INDEX)) continue;
    let node: FormValues | FormValue[] = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const last = i === path.length - 1;
      const container = node as Record<string, FormValue>;
      if (last) {
        const existing = container[key];
        if (existing === undefined) container[key] = raw;
        else if (Array.isArray(existing)) existing.push(raw);
        else if (typeof existing === "string") container[key] = [existing, raw];
        break;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      let child = container[key];
      if (child === undefined || typeof child === "string") {
        child = nextIsIndex ? [] : {};
        container[key] = child;
      }
      node = child as FormValues | FormValue[];
    }
  }
  return compact(root) as FormValues;
}

function compact(value: FormValue): FormValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
}

const isMessageKey = (value: string): value is MessageKey => value in catalogues.fr;

/** One zod issue as a message key with its parameters, rendered in the reader's language. */
export function issueToError(issue: z.ZodIssue): FormError {
  if (isMessageKey(issue.message)) return { key: issue.message };
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

/** Errors by field name; a field left empty says "required" whatever its minimum length. */
export function errorsOf(error: z.ZodError, values?: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const name = issue.path.join(".");
    const typed = values ? valueAt(values, name) : undefined;
    const empty = typeof typed === "string" && typed.trim() === "";
    errors[name] ??=
      empty && issue.code === "too_small" ? { key: "form.required" } : issueToError(issue);
  }
  return errors;
}

/** Parses a form with a named schema; on failure, the errors and what was typed come back. */
export function parseSubmission<S extends z.ZodTypeAny>(
  schema: S,
  formData: FormData,
): Submission<z.output<S>> {
  const values = formDataToObject(formData);
  const result = schema.safeParse(values);
  if (result.success) return { success: true, data: result.data, values };
  return { success: false, values, errors: errorsOf(result.error, values) };
}

/** Reads a nested value by field name ("languages.0.level") for a field's default value. */
export function valueAt(values: FormValues | undefined, name: string): FormValue | undefined {
  let node: FormValue | undefined = values;
  for (const segment of name.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

export function stringAt(values: FormValues | undefined, name: string): string | undefined {
  const value = valueAt(values, name);
  return typeof value === "string" ? value : undefined;
}

/** Keeps only the fields that are safe to send back (never a password). */
export function withoutSecrets(values: FormValues, secrets: string[] = ["password", "confirm"]) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secrets.includes(key)));
}

/** The rows of a repeated field ("languages") as objects. */
export function rowsAt(values: FormValues | undefined, name: string): FormValues[] {
  const value = valueAt(values, name);
  return Array.isArray(value)
    ? value.filter((row): row is FormValues => typeof row === "object" && !Array.isArray(row))
    : [];
}

/** The values of a multi-valued field (checkboxes). */
export function listAt(values: FormValues | undefined, name: string): string[] {
  const value = valueAt(values, name);
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

import type { z } from "zod";
import type { MessageKey } from "~/utils/i18n";

/**
 * Why a line of an import is rejected (or warned about), as data: a code, the field it is about
 * (its path in the line, e.g. ["skills", 2, "level"]) and the values the message needs. The
 * report page and the command line say it in their reader's language (describe-issue.server.ts).
 */
export type ImportIssue = {
  code: ImportIssueCode;
  path?: (string | number)[];
  params?: Record<string, string | number>;
  /** A message of another feature quoted as the reason (a BibTeX file that cannot be read). */
  reason?: MessageKey;
};

export type ImportIssueCode =
  | "invalidJson"
  | "notAnObject"
  | "unknownFields"
  | "required"
  | "invalidType"
  | "invalidValue"
  | "tooLong"
  | "tooMany"
  | "tooSmall"
  | "tooLarge"
  | "notInteger"
  | "invalidEmail"
  | "invalidLanguageCode"
  | "invalid"
  | "duplicateExternalId"
  | "countryRequired"
  | "unknownSector"
  | "duplicateDoi"
  | "unreadableFile"
  | "alreadyTaken"
  | "databaseRefused"
  // Warnings: the line is imported without what they name.
  | "unknownOrganization"
  | "publicationEntryRefused";

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "number",
  integer: "number",
  array: "list",
  object: "object",
  boolean: "boolean",
};

/** One zod issue of ImportLineSchema as an import issue. */
export function issueFromZod(issue: z.ZodIssue): ImportIssue {
  const path = issue.path;
  switch (issue.code) {
    case "unrecognized_keys":
      return {
        code: "unknownFields",
        path,
        params: { fields: issue.keys.join(", "), count: issue.keys.length },
      };
    case "invalid_type":
      if (!path.length) return { code: "notAnObject" };
      if (issue.received === "undefined" || issue.received === "null")
        return { code: "required", path };
      if (issue.expected === "integer") return { code: "notInteger", path };
      return {
        code: "invalidType",
        path,
        params: { expected: EXPECTED[issue.expected] ?? "text" },
      };
    case "invalid_enum_value":
      return {
        code: "invalidValue",
        path,
        params: { received: String(issue.received), allowed: issue.options.join(", ") },
      };
    case "too_small":
      if (issue.type === "string" && Number(issue.minimum) <= 1) return { code: "required", path };
      return { code: "tooSmall", path, params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.type === "string")
        return { code: "tooLong", path, params: { max: Number(issue.maximum) } };
      if (issue.type === "array")
        return { code: "tooMany", path, params: { max: Number(issue.maximum) } };
      return { code: "tooLarge", path, params: { max: Number(issue.maximum) } };
    case "invalid_string":
      if (issue.validation === "email") return { code: "invalidEmail", path };
      // The only pattern of the line schema is a language's ISO code.
      if (issue.validation === "regex") return { code: "invalidLanguageCode", path };
      return { code: "invalid", path };
    default:
      return { code: "invalid", path };
  }
}

/** Every zod issue of a line (at most ten: a line wrong everywhere is not a list of fifty). */
export function issuesFromZod(error: z.ZodError): ImportIssue[] {
  return error.issues.slice(0, 10).map(issueFromZod);
}

/** A database refusal of a line (a constraint): what PostgreSQL said, for the coordinator. */
export function issueFromDatabase(error: unknown): ImportIssue {
  const e = error as { code?: string; detail?: string; message?: string };
  const detail = e.detail ?? e.message ?? String(error);
  return e.code === "23505"
    ? { code: "alreadyTaken", params: { detail } }
    : { code: "databaseRefused", params: { detail } };
}

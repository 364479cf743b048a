import type { Submission } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { FormErrors, FormResult } from "~/utils/forms";
import { DomainError } from "../domain-error";

type AnySubmission = Submission<unknown, FormErrors, unknown>;
type ReplyOptions = {
  status?: number;
  /** Success: back to the form's default values (the loader's, refreshed). */
  resetForm?: boolean;
  /** Never sent back to the page (passwords). */
  hideFields?: string[];
  /** Errors found after the schema (a reference that does not exist, a refusal). */
  fieldErrors?: Record<string, FormErrors>;
  formErrors?: FormErrors;
};

/**
 * What an action sends back to its form: Conform's result (what was typed and the errors, by
 * field) plus what the page needs to tell its forms apart or say what was done.
 */
export function reply<Extra extends object>(
  submission: AnySubmission,
  extra: Extra,
  { status = 200, resetForm, ...options }: ReplyOptions = {},
) {
  const result: FormResult = resetForm
    ? submission.reply({ resetForm })
    : submission.reply(options);
  return data({ ...extra, result }, { status });
}

/** A submission the schema (or a check after it) refused: back to the form with a 400. */
export function invalid<Extra extends object>(
  submission: AnySubmission,
  extra: Extra,
  options: Omit<ReplyOptions, "status" | "resetForm"> = {},
) {
  return reply(submission, extra, { ...options, status: 400 });
}

/**
 * A refusal from the domain said on the form, next to its field if it names one, at the status
 * its code means. What the actor may not see or do is not a form error: a 404 or 403 (and anything
 * that is not a DomainError) goes on to the route boundary.
 */
export function refusal<Extra extends object>(
  submission: AnySubmission,
  error: unknown,
  extra: Extra,
  options: Pick<ReplyOptions, "hideFields"> = {},
) {
  if (!(error instanceof DomainError) || error.status === 403 || error.status === 404) {
    throw error;
  }
  const message = [{ key: error.messageKey, params: error.params }];
  return reply(submission, extra, {
    ...options,
    status: error.status,
    ...(error.field ? { fieldErrors: { [error.field]: message } } : { formErrors: message }),
  });
}

import { DomainError } from "../domain-error";

/** A due date is today or later: a date already past would only make the pairing "late". */
export function refusePastDue(dueAt: Date | null | undefined, now: Date) {
  if (!dueAt) return;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (dueAt.getTime() < today)
    throw new DomainError("due_in_past", "pairings.error.due_in_past", { field: "dueAt" });
}

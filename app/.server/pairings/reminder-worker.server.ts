import type { Database } from "../../../db/client";
import { type PeriodicJob, startPeriodicJob } from "../periodic-job.server";
import { sendDueReminders } from "./reminders.server";

/**
 * Looks for pairings coming due every `intervalMs` (15 minutes by default): a reminder is a day
 * matter, and pairing_reminders keeps several app instances from sending one twice.
 */
export function startReminderWorker(
  db: Database,
  options: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): PeriodicJob {
  return startPeriodicJob(() => sendDueReminders(db), {
    intervalMs: options.intervalMs ?? 15 * 60_000,
    onError: options.onError,
  });
}

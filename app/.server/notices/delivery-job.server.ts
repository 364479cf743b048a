import type { Database } from "../../../db/client";
import { type PeriodicJob, startPeriodicJob } from "../periodic-job.server";
import { deliverNotificationEmails } from "./deliver-emails.server";

/**
 * Every minute, e-mails what notifications are due (bursts that settled, the daily digest). A
 * plain periodic job: its state is the notifications' email_status, so it moves as is onto any
 * job runner.
 */
export function startNoticeEmailJob(
  db: Database,
  options: { intervalMs?: number; linkOrigin?: string; onError?: (e: unknown) => void } = {},
): PeriodicJob {
  return startPeriodicJob(() => deliverNotificationEmails(db, { linkOrigin: options.linkOrigin }), {
    intervalMs: options.intervalMs ?? 60_000,
    onError: options.onError,
  });
}

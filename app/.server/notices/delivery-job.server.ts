import type { Database } from "../../../db/client";
import { type PeriodicJob, startPeriodicJob } from "../periodic-job.server";
import { deliverNotificationEmails, QUIET_MS } from "./deliver-emails.server";

/**
 * Every minute, e-mails what notifications are due (bursts that settled, the daily digest). A
 * plain periodic job: its state is the notifications' email_status, so it moves as is onto any
 * job runner.
 */
export function startNoticeEmailJob(
  db: Database,
  options: {
    intervalMs?: number;
    quietMs?: number;
    linkOrigin?: string;
    onError?: (e: unknown) => void;
  } = {},
): PeriodicJob {
  const quietMs = options.quietMs ?? QUIET_MS;
  const run = () => deliverNotificationEmails(db, { linkOrigin: options.linkOrigin, quietMs });
  return startPeriodicJob(run, {
    // Looks at least twice per quiet period, at most every minute.
    intervalMs: options.intervalMs ?? Math.min(60_000, Math.max(500, quietMs / 2)),
    onError: options.onError,
  });
}

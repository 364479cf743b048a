import { runScheduledBackup } from "../../../db/backup-schedule";
import type { Database } from "../../../db/client";
import type { RetryPolicy } from "../../../db/outbox-retry";
import type { SearchEngine } from "../../../search/client";
import {
  drainOutboxOnce,
  purgeProcessedOutbox,
  SEARCH_OUTBOX_CHANNEL,
} from "../../../search/outbox-worker";
import { purgeExpiredAuthData } from "../auth/housekeeping.server";
import type { MailTransport } from "../email/transport.server";
import { drainEmailOnce, EMAIL_OUTBOX_CHANNEL, purgeSentEmails } from "../email/worker.server";
import { sendMeetingReminders } from "../events/meeting-reminders.server";
import { runMentorshipDeadlines } from "../mentorship";
import { deliverNotificationEmails, QUIET_MS } from "../notices";
import { sendDueReminders } from "../pairings";
import type { Job } from "./runner.server";

const MINUTE = 60_000;

/**
 * Moves the search outbox into Meilisearch: woken by the NOTIFY of each commit that queues index
 * work, and every `pollMs` for rows whose retry came due.
 */
export function searchOutboxJob(
  db: Database,
  engine: SearchEngine,
  options: { pollMs?: number; policy?: Partial<RetryPolicy> } = {},
): Job {
  return {
    name: "search-outbox",
    channel: SEARCH_OUTBOX_CHANNEL,
    intervalMs: options.pollMs ?? 1000,
    run: () => drainOutboxOnce(db, engine, { policy: options.policy }),
  };
}

/** Sends the e-mail outbox: woken by NOTIFY on commit, polling for retries otherwise. */
export function emailOutboxJob(
  db: Database,
  transport: MailTransport,
  options: { pollMs?: number; policy?: Partial<RetryPolicy> } = {},
): Job {
  return {
    name: "email-outbox",
    channel: EMAIL_OUTBOX_CHANNEL,
    intervalMs: options.pollMs ?? 2000,
    run: () => drainEmailOnce(db, transport, { policy: options.policy }),
  };
}

/**
 * Everything the app runs in the background (started by server/boot.ts). The periodic jobs keep
 * their state in the database (pairing_reminders, request deadlines), so a restart or a second
 * instance repeats nothing.
 */
export function appJobs(
  db: Database,
  services: {
    search: SearchEngine;
    mail: MailTransport;
    /** Origin of the links in notice e-mails ("https://passerelle.example"). */
    linkOrigin?: string;
    /** How long a burst of notices must be quiet before its e-mail goes (default 2 minutes). */
    noticeQuietMs?: number;
    /** Minutes before an event meeting both sides are reminded of it (default 30). */
    meetingReminderMinutes?: number;
    /** The nightly backup (db/backup-schedule.ts); absent (BACKUP_KEEP_DAYS=0): none. */
    backup?: { dataDir: string; databaseUrl: string; keepDays: number };
  },
): Job[] {
  const { linkOrigin, backup } = services;
  const quietMs = services.noticeQuietMs ?? QUIET_MS;
  const jobs: Job[] = [
    searchOutboxJob(db, services.search),
    emailOutboxJob(db, services.mail),
    // Open pairings due within 3 days: a day-scale matter (docs/decisions/012).
    {
      name: "pairing-reminders",
      intervalMs: 15 * MINUTE,
      run: async () => void (await sendDueReminders(db)),
    },
    // Mentorship requests: reminders at 7 days, expiry at 14, pauses after repeated expiries.
    {
      name: "mentorship-deadlines",
      intervalMs: 15 * MINUTE,
      run: async () => void (await runMentorshipDeadlines(db)),
    },
    // Event meetings: both sides are reminded once, a set time before (minute-scale: every minute).
    {
      name: "event-meeting-reminders",
      intervalMs: MINUTE,
      run: async () =>
        void (await sendMeetingReminders(db, { leadMinutes: services.meetingReminderMinutes })),
    },
    // Notifications become e-mails: one per recipient per quiet burst, or a daily digest
    // (docs/decisions/047-notification-emails.md); looks twice per quiet period, at most a minute.
    {
      name: "notice-emails",
      intervalMs: Math.min(MINUTE, Math.max(500, quietMs / 2)),
      run: async () => void (await deliverNotificationEmails(db, { linkOrigin, quietMs })),
    },
    // What can no longer matter: indexed rows past the reindex replay window, sent mail,
    // expired sessions, reset links and rate-limit counters.
    {
      name: "housekeeping",
      intervalMs: 60 * MINUTE,
      run: async () => {
        await purgeProcessedOutbox(db);
        await purgeSentEmails(db);
        await purgeExpiredAuthData(db);
      },
    },
  ];
  // Checked hourly: the first check after 02:00 takes the day's backup, old ones go.
  if (backup) {
    jobs.push({
      name: "backup",
      intervalMs: 60 * MINUTE,
      run: async () => void (await runScheduledBackup(backup)),
    });
  }
  return jobs;
}

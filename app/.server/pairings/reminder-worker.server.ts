import type { Database } from "../../../db/client";
import { sendDueReminders } from "./reminders.server";

export type ReminderWorker = { stop: () => Promise<void> };

/**
 * Looks for pairings coming due every `intervalMs` (15 minutes by default): a reminder is a day
 * matter, and pairing_reminders keeps several app instances from sending one twice.
 */
export function startReminderWorker(
  db: Database,
  options: { intervalMs?: number; linkOrigin?: string; onError?: (e: unknown) => void } = {},
): ReminderWorker {
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await sendDueReminders(db, { linkOrigin: options.linkOrigin });
      } catch (error) {
        options.onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs ?? 15 * 60_000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      (wake as (() => void) | null)?.();
      await loop;
    },
  };
}

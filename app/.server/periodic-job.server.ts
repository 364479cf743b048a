export type PeriodicJob = { stop: () => Promise<void> };

/**
 * Runs `run` now, then `intervalMs` after each run ends (never two at once), until stopped; a
 * failure goes to onError and the next run still happens. stop() waits for a run in progress.
 * For day-scale work (reminders, expiries) whose state lives in the database, so a restart or a
 * second instance repeats nothing.
 */
export function startPeriodicJob(
  run: () => Promise<unknown>,
  options: { intervalMs: number; onError?: (e: unknown) => void },
): PeriodicJob {
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await run();
      } catch (error) {
        options.onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs);
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

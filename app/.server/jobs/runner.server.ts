import { formatDelay } from "../../../db/outbox-retry";

/**
 * The one loop that runs Passerelle's background jobs: the search and e-mail outboxes and the
 * periodic jobs (docs/decisions/041-background-jobs.md). Each job runs on its own; a job never
 * runs twice at once in this process.
 */
export type JobOutcome = {
  /** Run again at once (a full batch was taken, more may be waiting). */
  more?: boolean;
  /** One line per failure the run handled itself (an outbox row to retry): logged as is. */
  failures?: string[];
};

export type Job = {
  name: string;
  /** NOTIFY channel that wakes the job at once (a commit queued work for it). */
  channel?: string;
  /** Pause after a run with nothing more to do: the polling period, or the job's period. */
  intervalMs: number;
  // biome-ignore lint/suspicious/noConfusingVoidType: a periodic job returns nothing
  run: () => Promise<JobOutcome | void>;
};

/** postgres.js' `sql` (db.sql) fits: LISTEN on a dedicated connection. */
export type Notifications = {
  listen: (channel: string, onNotify: () => void) => Promise<{ unlisten: () => Promise<void> }>;
};

export type JobRunnerOptions = {
  notifications?: Notifications;
  /** Where failures go: one line each. */
  logFailure?: (line: string) => void;
  /** After a run that threw: wait baseMs · 2ⁿ⁻¹, at most maxMs, then run again (notifications wait too). */
  retry?: { baseMs: number; maxMs: number };
  /** stop() waits this long for runs in progress, then gives up on them. */
  shutdownTimeoutMs?: number;
};

export type JobRunner = {
  /** Resolves once every LISTEN is active (a NOTIFY sent earlier waits for the timer). */
  ready: Promise<void>;
  /** Wakes a job as a NOTIFY would. */
  kick: (name: string) => void;
  /** Lets the runs in progress finish (bounded by shutdownTimeoutMs); names those that did not. */
  stop: () => Promise<{ abandoned: string[] }>;
};

const JOB_RETRY = { baseMs: 1000, maxMs: 60_000 };

export function startJobRunner(jobs: Job[], options: JobRunnerOptions = {}): JobRunner {
  const logFailure = options.logFailure ?? ((line: string) => console.error(line));
  const retry = options.retry ?? JOB_RETRY;
  let stopped = false;
  const backoff = (failuresInARow: number) =>
    Math.min(retry.maxMs, retry.baseMs * 2 ** (failuresInARow - 1));
  const loops = jobs.map((job) => startLoop(job));
  const listening = Promise.all(
    jobs.map(async (job) => {
      if (!job.channel || !options.notifications) return null;
      const loop = loops.find((l) => l.job === job)!;
      return options.notifications.listen(job.channel, loop.kick).catch((error: unknown) => {
        logFailure(`${job.name}: LISTEN ${job.channel} failed, polling only: ${messageOf(error)}`);
        return null;
      });
    }),
  );

  function startLoop(job: Job) {
    let kicked = false;
    let wake: (() => void) | null = null;
    let busy = false;
    const sleep = (ms: number, wakeOnKick: boolean) =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = () => {
          if (stopped || wakeOnKick) done();
        };
      });
    const kick = () => {
      kicked = true;
      wake?.();
    };
    const finished = (async () => {
      let failuresInARow = 0;
      while (!stopped) {
        kicked = false;
        busy = true;
        let outcome: JobOutcome | null = null;
        try {
          outcome = (await job.run()) ?? {};
          failuresInARow = 0;
        } catch (error) {
          failuresInARow += 1;
          logFailure(
            `${job.name}: run failed (${failuresInARow} in a row), next try in ${formatDelay(backoff(failuresInARow))}: ${messageOf(error)}`,
          );
        } finally {
          busy = false;
        }
        if (!outcome) {
          await sleep(backoff(failuresInARow), false);
          continue;
        }
        for (const line of outcome.failures ?? []) logFailure(`${job.name}: ${line}`);
        if (outcome.more || kicked) continue;
        await sleep(job.intervalMs, true);
      }
    })();
    return { job, kick, finished, isBusy: () => busy, wakeUp: () => wake?.() };
  }

  return {
    ready: listening.then(() => undefined),
    kick: (name) => loops.find((l) => l.job.name === name)?.kick(),
    stop: async () => {
      stopped = true;
      for (const loop of loops) loop.wakeUp();
      const timeoutMs = options.shutdownTimeoutMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      const result = await Promise.race([Promise.all(loops.map((l) => l.finished)), timedOut]);
      clearTimeout(timer);
      const abandoned =
        result === "timeout" ? loops.filter((l) => l.isBusy()).map((l) => l.job.name) : [];
      if (abandoned.length > 0) {
        logFailure(
          `jobs still running after ${timeoutMs / 1000} s, not waited for: ${abandoned.join(", ")}`,
        );
      }
      for (const listener of await listening) await listener?.unlisten().catch(() => {});
      return { abandoned };
    },
  };
}

function messageOf(error: unknown) {
  return String((error as Error)?.message ?? error);
}

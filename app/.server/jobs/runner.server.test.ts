import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type Job, type JobOutcome, startJobRunner } from "./runner.server";

// Injected time: the runner's timers are Vitest's fake timers, moved by hand.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A job whose runs are recorded with the (fake) time they started at. */
function recordingJob(
  body: (n: number) => Promise<JobOutcome | undefined> | JobOutcome | undefined = () => undefined,
  intervalMs = 60_000,
) {
  const starts: number[] = [];
  const job: Job = {
    name: "test-job",
    intervalMs,
    run: async () => {
      starts.push(Date.now());
      return body(starts.length);
    },
  };
  return { job, starts };
}

describe("the job runner", () => {
  test("runs at once, again after its interval, at once when kicked, and straight on while there is more", async () => {
    const t0 = Date.now();
    const { job, starts } = recordingJob((n) => ({ more: n === 3 || n === 4 }));
    const runner = startJobRunner([job]);
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.map((s) => s - t0)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts.map((s) => s - t0)).toEqual([0, 60_000]);
    await vi.advanceTimersByTimeAsync(1000);
    runner.kick("test-job"); // a NOTIFY: run 3 says there is more, so do runs 4 and 5
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.map((s) => s - t0)).toEqual([0, 60_000, 61_000, 61_000, 61_000]);
    await runner.stop();
  });

  test("a run that throws is logged in one line and retried with exponential backoff, ignoring kicks, until it succeeds", async () => {
    const t0 = Date.now();
    const lines: string[] = [];
    const { job, starts } = recordingJob((n) => {
      if (n <= 4) throw new Error(`database unreachable (${n})`);
      return { failures: ["row 7 refused (attempt 1 of 5), retry in 250 ms: bad document"] };
    });
    const runner = startJobRunner([job], {
      retry: { baseMs: 1000, maxMs: 4000 },
      logFailure: (line) => lines.push(line),
    });
    await vi.advanceTimersByTimeAsync(0);
    runner.kick("test-job"); // a NOTIFY during the backoff does not shorten it
    await vi.advanceTimersByTimeAsync(20_000);
    // 1 s, 2 s, 4 s, then capped at 4 s; then back to the normal interval.
    expect(starts.map((s) => s - t0)).toEqual([0, 1000, 3000, 7000, 11_000]);
    expect(lines).toEqual([
      "test-job: run failed (1 in a row), next try in 1 s: database unreachable (1)",
      "test-job: run failed (2 in a row), next try in 2 s: database unreachable (2)",
      "test-job: run failed (3 in a row), next try in 4 s: database unreachable (3)",
      "test-job: run failed (4 in a row), next try in 4 s: database unreachable (4)",
      "test-job: row 7 refused (attempt 1 of 5), retry in 250 ms: bad document",
    ]);
    await runner.stop();
  });

  test("stop() waits for the run in progress, then nothing runs again", async () => {
    let release = () => {};
    let finished = false;
    const { job, starts } = recordingJob(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      finished = true;
      return undefined;
    }, 10);
    const runner = startJobRunner([job]);
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = runner.stop().then((result) => {
      stopped = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(stopped).toBe(false); // the batch in flight is still running
    release();
    expect(await stopping).toEqual({ abandoned: [] });
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(1);
  });

  test("stop() is bounded: a run stuck past the timeout is named and left behind", async () => {
    const lines: string[] = [];
    const { job } = recordingJob(() => new Promise(() => {}));
    const runner = startJobRunner([job], {
      shutdownTimeoutMs: 3000,
      logFailure: (l) => lines.push(l),
    });
    await vi.advanceTimersByTimeAsync(0);
    const stopping = runner.stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await stopping).toEqual({ abandoned: ["test-job"] });
    expect(lines).toEqual(["jobs still running after 3 s, not waited for: test-job"]);
  });

  test("a sleeping job stops at once", async () => {
    const { job, starts } = recordingJob();
    const runner = startJobRunner([job]);
    await vi.advanceTimersByTimeAsync(0);
    const stopping = runner.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(await stopping).toEqual({ abandoned: [] });
    expect(starts).toHaveLength(1);
  });
});

import { expect, test } from "vitest";
import { startPeriodicJob } from "./periodic-job.server";

test("runs at once, again after each interval, survives a failure, and stops after the run in progress", async () => {
  const errors: unknown[] = [];
  let runs = 0;
  let release: (() => void) | null = null;
  const job = startPeriodicJob(
    async () => {
      runs++;
      if (runs === 2) throw new Error("second run fails");
      if (runs === 3) await new Promise<void>((r) => (release = r));
    },
    { intervalMs: 5, onError: (e) => errors.push(e) },
  );
  await expect.poll(() => runs).toBe(3);
  const stopping = job.stop();
  let stopped = false;
  void stopping.then(() => (stopped = true));
  await new Promise((r) => setTimeout(r, 20));
  expect(stopped).toBe(false); // the third run is still in progress
  (release as (() => void) | null)?.();
  await stopping;
  await new Promise((r) => setTimeout(r, 20));
  expect(runs).toBe(3);
  expect(errors.map((e) => (e as Error).message)).toEqual(["second run fails"]);
});

import os from "node:os";

export type MachineLoad = { atStart: number; mean: number; max: number };

/**
 * The 1-minute load average while the bench runs. The machine is shared: a load well above the
 * core count means other work competed with the systems under test, and the figures are worse
 * than on a quiet machine.
 */
export function startLoadSampler(intervalMs = 2000) {
  const atStart = os.loadavg()[0]!;
  const samples: number[] = [atStart];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), intervalMs);
  timer.unref();
  return {
    stop(): MachineLoad {
      clearInterval(timer);
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      return { atStart, mean, max: Math.max(...samples) };
    },
  };
}

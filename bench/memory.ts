import { readdirSync, readFileSync } from "node:fs";

export type MemoryPeaks = { appMb: number; postgresMb: number; meiliMb: number; samples: number };

type Targets = { app: number; postgres: () => number | null; meili: () => number | null };

/**
 * Samples memory from /proc while the benchmark runs. The app and Meilisearch are single
 * processes: their peak RSS is the kernel's high-water mark (VmHWM), read at the end and checked
 * against the samples. PostgreSQL is a postmaster and its backends sharing buffers, so their RSS
 * would count shared memory once per process: the sum of their PSS (smaps_rollup) is sampled.
 */
export function startMemorySampler(targets: Targets, intervalMs = 250) {
  const peaks = { app: 0, postgres: 0, meili: 0 };
  let samples = 0;
  const sample = () => {
    samples++;
    peaks.app = Math.max(peaks.app, statusKb(targets.app, "VmHWM"));
    const meili = targets.meili();
    if (meili) peaks.meili = Math.max(peaks.meili, statusKb(meili, "VmHWM"));
    const postmaster = targets.postgres();
    if (postmaster) {
      const pids = [postmaster, ...childrenOf(postmaster)];
      peaks.postgres = Math.max(
        peaks.postgres,
        pids.reduce((sum, pid) => sum + pssKb(pid), 0),
      );
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  sample();
  return {
    stop(): MemoryPeaks {
      sample();
      clearInterval(timer);
      return {
        appMb: peaks.app / 1024,
        postgresMb: peaks.postgres / 1024,
        meiliMb: peaks.meili / 1024,
        samples,
      };
    },
  };
}

function statusKb(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function pssKb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const match = rollup.match(/^Pss:\s+(\d+) kB/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) out.push(Number(name));
    } catch {
      // the process ended between readdir and read
    }
  }
  return out;
}

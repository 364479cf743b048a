import { spawn } from "node:child_process";

export type LoadReport = {
  /** What was loaded, as the report names it. */
  target: string;
  connections: number;
  durationSeconds: number;
  /** Distinct URLs cycled through. */
  paths: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/**
 * A bounded concurrent load from a second process on 127.0.0.1 (autocannon): a fixed number of
 * keep-alive connections, each cycling through the paths.
 */
export async function runLoad(options: {
  target: string;
  appUrl: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
}): Promise<LoadReport> {
  const input = JSON.stringify({
    url: options.appUrl,
    paths: options.paths,
    connections: options.connections,
    duration: options.durationSeconds,
  });
  const child = spawn(process.execPath, ["--import", "tsx", "bench/load-worker.ts", input], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the load worker exited with code ${code}`);
  const r = JSON.parse(out.trim().split("\n").pop()!) as {
    requests: { average: number; total: number };
    latency: Record<string, number>;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    target: options.target,
    connections: options.connections,
    durationSeconds: r.duration,
    paths: options.paths.length,
    requests: r.requests.total,
    requestsPerSecond: r.requests.total / r.duration,
    latencyMs: {
      p50: r.latency.p50!,
      p90: r.latency.p90!,
      p99: r.latency.p99!,
      max: r.latency.max!,
      mean: r.latency.average!,
    },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

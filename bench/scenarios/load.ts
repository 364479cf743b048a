import { spawn } from "node:child_process";
import { QUERIES, toApiPath } from "../queries";

export type LoadReport = {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/**
 * A bounded concurrent load on GET /api/v1/search from a second process on 127.0.0.1: a fixed
 * number of keep-alive connections, each cycling through every query of the set.
 */
export async function runLoad(options: {
  appUrl: string;
  connections: number;
  durationSeconds: number;
}): Promise<LoadReport> {
  const input = JSON.stringify({
    url: options.appUrl,
    paths: QUERIES.map((q) => toApiPath(q)),
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
    connections: options.connections,
    durationSeconds: r.duration,
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

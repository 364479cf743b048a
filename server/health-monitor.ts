import postgres from "postgres";
import { type EngineName, engineState, setEngineState } from "../app/.server/engine-health.server";
import { log } from "../app/.server/log.server";

const INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 1500;
/** Two failed probes in a row: one slow answer on a busy machine is not an outage. */
const FAILURES_BEFORE_DOWN = 2;

type Probe = { name: EngineName; check: () => Promise<void>; reset?: () => Promise<void> };

/**
 * Probes PostgreSQL and Meilisearch twice a second on connections of their own. A database that
 * stops answering (frozen, overloaded, gone) reads "down" within about 4 s, so pages answer 503
 * instead of hanging; it reads "ok" again on the first good probe.
 */
export function startHealthMonitor(options: { databaseUrl: string; meiliUrl: string }) {
  let sql = probeClient(options.databaseUrl);
  const probes: Probe[] = [
    {
      name: "db",
      check: async () => {
        await sql`select 1`;
      },
      // A probe stuck on a frozen server holds its connection: start over on a fresh one.
      reset: async () => {
        const stuck = sql;
        sql = probeClient(options.databaseUrl);
        await stuck.end({ timeout: 0 }).catch(() => {});
      },
    },
    {
      name: "search",
      check: async () => {
        const response = await fetch(`${options.meiliUrl}/health`, {
          signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
        });
        if (!response.ok) throw new Error(`status ${response.status}`);
      },
    },
  ];
  const failures: Record<EngineName, number> = { db: 0, search: 0 };
  let stopped = false;

  const run = async (probe: Probe) => {
    while (!stopped) {
      try {
        await withTimeout(probe.check(), PROBE_TIMEOUT_MS);
        if (failures[probe.name] >= FAILURES_BEFORE_DOWN) {
          log().info({ engine: probe.name }, "engine answers again");
        }
        failures[probe.name] = 0;
        setEngineState(probe.name, "ok");
      } catch (error) {
        failures[probe.name] += 1;
        await probe.reset?.();
        if (failures[probe.name] === FAILURES_BEFORE_DOWN) {
          log().error(
            { engine: probe.name, err: (error as Error).message },
            "engine not answering",
          );
        }
        // The supervisor's "restarting" says more than "down"; keep it.
        if (failures[probe.name] >= FAILURES_BEFORE_DOWN && engineState(probe.name) === "ok") {
          setEngineState(probe.name, "down");
        }
      }
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
  };
  const loops = probes.map(run);
  return {
    stop: async () => {
      stopped = true;
      await Promise.allSettled(loops);
      await sql.end({ timeout: 0 }).catch(() => {});
    },
  };
}

function probeClient(url: string) {
  return postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 0, onnotice: () => {} });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

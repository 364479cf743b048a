import postgres from "postgres";
import { type EngineName, engineState, setEngineState } from "../app/.server/engine-health.server";
import { log } from "../app/.server/log.server";

const INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 1500;
/** Two failed probes in a row: one slow answer on a busy machine is not an outage. */
const FAILURES_BEFORE_DOWN = 2;

type Probe = { name: EngineName; check: () => Promise<unknown> };

/**
 * Probes PostgreSQL and Meilisearch twice a second on connections of their own. A database that
 * stops answering (frozen, overloaded, gone) reads "down" within about 4 s, so pages answer 503
 * instead of hanging; it reads "ok" again on the first good probe.
 */
export function startHealthMonitor(options: { databaseUrl: string; meiliUrl: string }) {
  // One connection, idle ones closed: a probe stuck on a frozen server simply stays in flight.
  const sql = postgres(options.databaseUrl, {
    max: 1,
    connect_timeout: 2,
    idle_timeout: 10,
    onnotice: () => {},
  });
  const probes: Probe[] = [
    { name: "db", check: () => sql`select 1` },
    {
      name: "search",
      check: async () => {
        const response = await fetch(`${options.meiliUrl}/health`);
        if (!response.ok) throw new Error(`status ${response.status}`);
      },
    },
  ];
  let stopped = false;

  const run = async (probe: Probe) => {
    let failures = 0;
    let inFlight: Promise<unknown> | null = null;
    while (!stopped) {
      // A probe still waiting from the last round is not sent again: it is this round's too.
      inFlight ??= probe.check();
      const outcome = await settleWithin(inFlight, PROBE_TIMEOUT_MS);
      if (outcome.settled) inFlight = null;
      if (outcome.settled && outcome.ok) {
        if (failures >= FAILURES_BEFORE_DOWN)
          log().info({ engine: probe.name }, "engine answers again");
        failures = 0;
        setEngineState(probe.name, "ok");
      } else {
        failures += 1;
        if (failures === FAILURES_BEFORE_DOWN) {
          log().error({ engine: probe.name, err: outcome.reason }, "engine not answering");
        }
        // The supervisor's "restarting" says more than "down"; keep it.
        if (failures >= FAILURES_BEFORE_DOWN && engineState(probe.name) === "ok") {
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
      await sql.end({ timeout: 1 }).catch(() => {});
    },
  };
}

type Outcome = { settled: true; ok: true } | { settled: boolean; ok: false; reason: string };

/**
 * Whether a probe settled within `ms`. A busy event loop (a build, a big import) can fire the
 * timer late while the answer waits unread: one more turn of the loop reads it before judging.
 */
async function settleWithin(probe: Promise<unknown>, ms: number): Promise<Outcome> {
  let outcome: Outcome | null = null;
  probe.then(
    () => {
      outcome = { settled: true, ok: true };
    },
    (error: unknown) => {
      outcome = { settled: true, ok: false, reason: (error as Error).message };
    },
  );
  const deadline = Date.now() + ms;
  while (outcome === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setImmediate(resolve));
  return outcome ?? { settled: false, ok: false, reason: `no answer within ${ms} ms` };
}

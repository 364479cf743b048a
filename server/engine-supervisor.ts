import { type EngineName, setEngineState } from "../app/.server/engine-health.server";
import { log } from "../app/.server/log.server";

export type EngineProcess = { stop: () => Promise<void>; exited: Promise<string> };

export type Supervised = {
  /** No more restarts from now on (shutdown has begun; an engine may already be exiting). */
  hold: () => void;
  stop: () => Promise<void>;
};

/** Waits between restart attempts: quick at first, then every 10 s while the engine keeps failing. */
export const RESTART_BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 10_000];

/**
 * Keeps an embedded engine running: when its process exits without being asked to, it is started
 * again (same port, same data) with backoff, and each step is logged. Meanwhile the engine reads
 * "restarting" (/healthz degraded, database pages 503, search from PostgreSQL).
 * docs/decisions/015-engine-supervisor-and-search-fallback.md
 */
export async function superviseEngine(
  name: EngineName,
  start: () => Promise<EngineProcess>,
  backoffMs: readonly number[] = RESTART_BACKOFF_MS,
): Promise<Supervised> {
  let current = await start();
  let held = false;
  let starting: Promise<EngineProcess | null> | null = null;

  const restartLoop = async () => {
    while (!held) {
      const how = await current.exited;
      if (held) return;
      const downAt = Date.now();
      setEngineState(name, "restarting");
      log().error({ engine: name, exit: how }, "engine exited unexpectedly; restarting it");
      for (let attempt = 0; !held; attempt++) {
        await sleep(backoffMs[Math.min(attempt, backoffMs.length - 1)]!);
        if (held) return;
        starting = start().catch((error: unknown) => {
          log().warn(
            { engine: name, attempt: attempt + 1, err: (error as Error).message },
            "engine restart failed; retrying",
          );
          return null;
        });
        const started = await starting;
        starting = null;
        if (!started) continue;
        current = started;
        if (held) return;
        log().info(
          { engine: name, downMs: Date.now() - downAt, attempts: attempt + 1 },
          "engine restarted",
        );
        setEngineState(name, "ok");
        break;
      }
    }
  };
  void restartLoop();

  return {
    hold: () => {
      held = true;
    },
    stop: async () => {
      held = true;
      const late = await starting;
      await Promise.allSettled([current.stop(), late?.stop()]);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

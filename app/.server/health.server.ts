import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { getSearchEngine } from "../../search/client";
import { type EngineState, engineState } from "./engine-health.server";
import { corpusStatsBuiltAt } from "./matching";

export type Health = {
  /** "degraded" while an engine is down or being restarted (the app serves what it can). */
  status: "ok" | "degraded";
  db: EngineState;
  search: EngineState;
  /**
   * When describe-your-need's word-rarity table began reading the network (ISO), null while the
   * first one is being built: it is rebuilt 30 s after an import settles (ADR 059, 063).
   */
  matchingTableBuiltAt: string | null;
};

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms)),
  ]);

/** A live check of both engines, named "restarting" while the supervisor restarts one. */
export async function checkHealth(): Promise<Health> {
  const [db, search] = await Promise.allSettled([
    withTimeout(getDb().execute(sql`select 1`), 2000),
    withTimeout(getSearchEngine().client.health(), 2000),
  ]);
  // The monitor's word wins when it has one (restarting, or down after failed probes).
  const state = (name: "db" | "search", probe: PromiseSettledResult<unknown>): EngineState =>
    engineState(name) !== "ok" ? engineState(name) : probe.status === "fulfilled" ? "ok" : "down";
  const health = { db: state("db", db), search: state("search", search) };
  const ok = health.db === "ok" && health.search === "ok";
  const builtAt = corpusStatsBuiltAt(getDb());
  return {
    status: ok ? "ok" : "degraded",
    ...health,
    matchingTableBuiltAt: builtAt === null ? null : new Date(builtAt).toISOString(),
  };
}

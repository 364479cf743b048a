import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { getSearchEngine } from "../../search/client";
import { type EngineState, engineState } from "./engine-health.server";

export type Health = {
  /** "degraded" while an engine is down or being restarted (the app serves what it can). */
  status: "ok" | "degraded";
  db: EngineState;
  search: EngineState;
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
  return { status: ok ? "ok" : "degraded", ...health };
}

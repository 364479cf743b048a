import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { getSearchEngine } from "../../search/client";

export type Health = { db: "ok" | "down"; search: "ok" | "down" };

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms)),
  ]);

export async function checkHealth(): Promise<Health> {
  const [db, search] = await Promise.allSettled([
    withTimeout(getDb().execute(sql`select 1`), 2000),
    withTimeout(getSearchEngine().client.health(), 2000),
  ]);
  return {
    db: db.status === "fulfilled" ? "ok" : "down",
    search: search.status === "fulfilled" ? "ok" : "down",
  };
}

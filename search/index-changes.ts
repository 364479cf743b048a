import { sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client";

/**
 * "The index changed": what callers that cache search answers (the directory's browse facets)
 * listen to. The outbox drainer and the reindex announce it in-process at once, and through
 * PostgreSQL (NOTIFY, delivered on commit) to every other app instance.
 */
export const INDEX_CHANGED_CHANNEL = "search_indexed";

type Listener = () => void;
// The server entry and the Remix build are separate module graphs: one registry per process.
const holder = globalThis as typeof globalThis & { __passerelleIndexListeners?: Set<Listener> };
holder.__passerelleIndexListeners ??= new Set();
const listeners = holder.__passerelleIndexListeners;

export function onIndexChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function indexChanged() {
  for (const listener of listeners) listener();
}

/** Tells the other instances, when the caller's transaction commits. */
export async function announceIndexChange(tx: Executor) {
  await tx.execute(sql`select pg_notify(${INDEX_CHANGED_CHANNEL}, '')`);
}

/** Hears the changes other instances announce. */
export async function listenForIndexChanges(db: Database) {
  const listener = await db.sql.listen(INDEX_CHANGED_CHANNEL, indexChanged);
  return { stop: () => listener.unlisten() };
}

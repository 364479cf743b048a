/**
 * What the app currently knows about its two engines, written by the supervisor and the health
 * monitor (server/engine-supervisor.ts, server/health-monitor.ts) and read by /healthz, the
 * availability gate and the search fallback. Without a monitor (scripts, tests) both read "ok".
 */
export type EngineName = "db" | "search";
export type EngineState = "ok" | "down" | "restarting";

type Listener = (name: EngineName, state: EngineState) => void;
type Holder = { states: Record<EngineName, EngineState>; listeners: Set<Listener> };

// Shared by the server entry and the Remix build (two module graphs): kept on globalThis.
const holder = globalThis as typeof globalThis & { __passerelleEngines?: Holder };
const engines = () => {
  holder.__passerelleEngines ??= { states: { db: "ok", search: "ok" }, listeners: new Set() };
  return holder.__passerelleEngines;
};

export function engineState(name: EngineName): EngineState {
  return engines().states[name];
}

export function setEngineState(name: EngineName, state: EngineState) {
  const e = engines();
  if (e.states[name] === state) return;
  e.states[name] = state;
  for (const listener of e.listeners) listener(name, state);
}

/** Calls back when an engine leaves "ok"; returns the unsubscribe function. */
export function onEngineDown(name: EngineName, callback: () => void): () => void {
  const listener: Listener = (which, state) => {
    if (which === name && state !== "ok") callback();
  };
  engines().listeners.add(listener);
  return () => engines().listeners.delete(listener);
}

// postgres.js connection errors and the SQLSTATEs of a server that is gone, restarting, or too
// slow (statement_timeout): the database, not the request, is at fault.
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "57014",
  "53300",
]);

/** True for an error (or its cause: Drizzle wraps driver errors) saying the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

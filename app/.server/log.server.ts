import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

/** What the HTTP layer knows about the request being served (server/request-log.ts). */
export type RequestScope = {
  requestId: string;
  method: string;
  path: string;
  /** A client mistake's reason, written on the request's own log line (one line, no stack). */
  reason?: string;
};

// One logger and one request scope per process: the server entry and the Remix build are two
// module graphs (docs/decisions/016-headers-limits-logs.md).
const holder = globalThis as typeof globalThis & {
  __passerelleLog?: { logger: Logger; scope: AsyncLocalStorage<RequestScope> };
};

function state() {
  holder.__passerelleLog ??= {
    logger: createLogger(pino.destination({ dest: 1, sync: true })),
    scope: new AsyncLocalStorage<RequestScope>(),
  };
  return holder.__passerelleLog;
}

function createLogger(destination: DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export const log = (): Logger => state().logger;

/** Sends every line to another stream (tests collect them). */
export function setLogDestination(destination: DestinationStream) {
  state().logger = createLogger(destination);
}

/** A short random id, shown to the user as "référence" and carried by every log line. */
export function newRequestId() {
  return randomBytes(6).toString("hex");
}

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return state().scope.run(scope, fn);
}

export function currentRequest(): RequestScope | undefined {
  return state().scope.getStore();
}

/**
 * Logs an error once, with the request id the error page shows; never sends a stack to the
 * client. A client's mistake (a 4xx the router raised, e.g. 405) is one line without a stack.
 * Returns the id to quote.
 */
export function logError(error: unknown, request?: Request): string {
  const scope = currentRequest();
  const requestId = scope?.requestId ?? newRequestId();
  const where = {
    requestId,
    method: request?.method ?? scope?.method,
    path: request ? new URL(request.url).pathname : scope?.path,
  };
  if (isRouterErrorResponse(error) && error.status < 500) {
    if (scope) scope.reason = error.statusText || String(error.status);
    else log().warn({ ...where, status: error.status, reason: error.statusText }, "client error");
  } else {
    log().error({ ...where, err: describe(error) }, "unexpected error");
  }
  return requestId;
}

function describe(error: unknown) {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: error.message, code, stack: error.stack };
  }
  return { type: typeof error, message: String(error) };
}

/** The router's own 4xx/5xx (ErrorResponse: no matching action, no route…), duck-typed as Remix does. */
function isRouterErrorResponse(
  error: unknown,
): error is { status: number; statusText: string; internal: boolean } {
  const e = error as { status?: unknown; statusText?: unknown; internal?: unknown } | null;
  return !!e && typeof e.status === "number" && typeof e.statusText === "string" && "internal" in e;
}

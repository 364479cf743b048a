import type { RequestHandler } from "express";
import { engineState } from "../app/.server/engine-health.server";
import { HttpRejection } from "./http-rejection";

/**
 * While the health monitor sees PostgreSQL down (dead, restarting or frozen), every page needs it
 * (sessions, at least): answer 503 at once instead of letting requests pile up behind a database
 * that cannot answer. /healthz still says what is wrong.
 */
export function availabilityGate(): RequestHandler {
  return (req, _res, next) => {
    if (req.path === "/healthz" || engineState("db") === "ok") return next();
    next(new HttpRejection("unavailable", { "Retry-After": "5" }));
  };
}

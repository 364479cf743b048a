import type { Request, RequestHandler } from "express";
import { parseBearer } from "../app/.server/auth/api-tokens.server";
import {
  hitRateLimit,
  ipKey,
  perMinute,
  type RateLimitResult,
  type RequestRateLimits,
  tokenKey,
} from "../app/.server/auth/rate-limit.server";
import { getDb } from "../db/client";
import { HttpRejection } from "./http-rejection";

/** Pages whose every request runs a search or a matching: what a scraper or a flood would hit. */
const EXPENSIVE_PAGE = /^\/(experts|mentors|match|orgs\/[^/]+\/partners)(\.data)?\/?$/;

/**
 * Per-minute request limits on the JSON API (per address and per token) and on the expensive
 * pages (per address), counted in PostgreSQL with the login limits' module, so several app
 * instances share them. Over the limit: 429 with Retry-After.
 */
export function rateLimits(limits: RequestRateLimits): RequestHandler {
  return (req, _res, next) => {
    const counters = countersFor(req, limits);
    if (counters.length === 0) return next();
    const db = getDb();
    Promise.all(counters.map(([key, max]) => hitRateLimit(db, key, perMinute(max))))
      .then((results) => next(refusal(results)))
      .catch(next);
  };
}

function countersFor(req: Request, limits: RequestRateLimits): [string, number][] {
  const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
  const counters: [string, number][] = [];
  if (req.path.startsWith("/api/")) {
    counters.push([ipKey("api", ip), limits.RATE_LIMIT_API_PER_MINUTE]);
    const token = parseBearer(req.get("authorization"));
    if (token) counters.push([tokenKey("api", token), limits.RATE_LIMIT_TOKEN_PER_MINUTE]);
  } else if (EXPENSIVE_PAGE.test(req.path) && !isMatchForm(req)) {
    counters.push([ipKey("pages", ip), limits.RATE_LIMIT_PAGES_PER_MINUTE]);
  }
  return counters.filter(([, max]) => max > 0);
}

function refusal(results: RateLimitResult[]): HttpRejection | undefined {
  const refused = results.filter((r) => !r.allowed);
  if (refused.length === 0) return undefined;
  const seconds = Math.max(1, ...refused.map((r) => Math.ceil(r.retryAfterMs / 1000)));
  return new HttpRejection("tooManyRequests", { "Retry-After": String(seconds) });
}

/** GET /match only shows the form; the matching runs on POST. */
const isMatchForm = (req: Request) => req.method !== "POST" && req.path.startsWith("/match");

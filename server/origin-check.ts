import type { RequestHandler } from "express";
import { checkRequestOrigin } from "../app/.server/auth/origin.server";
import { HttpRejection } from "./http-rejection";

/**
 * Refuses state-changing requests from other sites with a 403 before Remix sees them
 * (docs/decisions/006-sessions-and-csrf.md). The public URL is accepted too, for proxies that
 * rewrite the Host header.
 */
export function originCheck(options: { publicUrl?: string } = {}): RequestHandler {
  const allowedOrigins = options.publicUrl ? [new URL(options.publicUrl).origin] : [];
  return (req, _res, next) => {
    const result = checkRequestOrigin({
      method: req.method,
      origin: req.get("origin") ?? null,
      secFetchSite: req.get("sec-fetch-site") ?? null,
      host: req.get("host") ?? null,
      allowedOrigins,
    });
    next(result.ok ? undefined : new HttpRejection("crossOrigin"));
  };
}

import type { RequestHandler } from "express";
import { log, newRequestId, type RequestScope, runInRequestScope } from "../app/.server/log.server";

/**
 * One JSON line per request: id, method, path (tokens masked, no query string), status,
 * duration, and the reason of a refusal. The id is sent back in X-Request-Id and shown on error
 * pages; every line logged while serving the request carries it.
 */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const scope: RequestScope = {
      requestId: newRequestId(),
      method: req.method,
      path: maskPath(req.path),
    };
    const started = process.hrtime.bigint();
    res.locals.requestId = scope.requestId;
    res.setHeader("X-Request-Id", scope.requestId);
    res.once("close", () => {
      const status = res.statusCode;
      const line = {
        requestId: scope.requestId,
        method: scope.method,
        path: scope.path,
        status,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(scope.reason ? { reason: scope.reason } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (status >= 500) log().error(line, "request");
      else if (status >= 400) log().warn(line, "request");
      else log().info(line, "request");
    });
    runInRequestScope(scope, next);
  };
}

/** Secret-looking path segments (reset tokens) never reach the log; long paths are cut. */
export function maskPath(path: string) {
  return (
    path
      .split("/")
      // Reset tokens are 32 base32 characters with no hyphen; slugs have hyphens.
      .map((segment) => (/^[a-z2-7]{32}$/.test(segment) ? ":token" : segment))
      .join("/")
      .slice(0, 300)
  );
}

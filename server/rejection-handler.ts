import type { AppLoadContext } from "@remix-run/node";
import type { ErrorRequestHandler, Request, Response } from "express";
import { isDatabaseUnavailable } from "../app/.server/engine-health.server";
import { currentRequest, logError } from "../app/.server/log.server";
import { HttpRejection } from "./http-rejection";
import { bodyParserRejection } from "./input-guard";

type RenderPage = (req: Request, res: Response, context: AppLoadContext) => Promise<void>;

/**
 * The one place a refused or failed request is answered: JSON `{"error","requestId"}` under
 * /api/, a short text for Remix data requests, the localized error page otherwise. A client's
 * mistake is one log line (the request's own); an unexpected error is logged with its stack.
 */
export function rejectionHandler(
  renderPage: RenderPage,
  contextOf: (req: Request, res: Response) => AppLoadContext,
): ErrorRequestHandler {
  // Four parameters: that is how Express recognizes an error handler.
  return (error, req, res, _next) => {
    const rejection = toRejection(error);
    const scope = currentRequest();
    if (scope && rejection.reason !== "failed") scope.reason ??= rejection.reason;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const requestId = String(res.locals.requestId ?? "");
    res.set(rejection.headers);
    // A body left unread (too large, or refused before reading) is not worth draining.
    if (rejection.reason === "tooLarge" || !req.complete) res.set("Connection", "close");
    if (req.path.startsWith("/api/")) {
      res.status(rejection.status).json({ error: rejection.message, requestId });
      return;
    }
    if (req.path.endsWith(".data") || req.method === "HEAD") {
      res.status(rejection.status).type("text/plain").send(rejection.message);
      return;
    }
    const retryAfter = Number(rejection.headers["Retry-After"]);
    const context: AppLoadContext = {
      ...contextOf(req, res),
      rejection: {
        status: rejection.status,
        reason: rejection.reason,
        ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
      },
    };
    renderPage(req, res, context).catch((renderError) => {
      logError(renderError);
      if (res.headersSent) res.destroy();
      else res.status(rejection.status).type("text/plain").send(rejection.message);
    });
  };
}

function toRejection(error: unknown): HttpRejection {
  if (error instanceof HttpRejection) return error;
  const fromBodyParser = bodyParserRejection(error);
  if (fromBodyParser) return fromBodyParser;
  if (isDatabaseUnavailable(error)) {
    return new HttpRejection("unavailable", { "Retry-After": "5" });
  }
  logError(error);
  return new HttpRejection("failed");
}

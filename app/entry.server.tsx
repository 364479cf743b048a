import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { isDatabaseUnavailable } from "./.server/engine-health.server";
import { withoutNulBytes } from "./.server/html-stream.server";
import { logError } from "./.server/log.server";
import { NonceContext } from "./utils/nonce";
import { scriptsRun } from "./utils/scripts-cookie";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  // Streaming needs scripts to show what arrives late: crawlers and browsers that have not run
  // ours (utils/scripts-cookie.ts) get the whole page in one piece.
  const streams =
    !isbot(request.headers.get("user-agent") ?? "") && scriptsRun(request.headers.get("cookie"));
  const readyEvent = streams ? "onShellReady" : "onAllReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer
          context={remixContext}
          url={request.url}
          abortDelay={ABORT_DELAY}
          nonce={nonce}
        />
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          // Not a PassThrough: React 18 can pad its buffer with NUL bytes (html-stream.server.ts).
          const body = withoutNulBytes();
          // Security headers come from the HTTP layer (server/security-headers.ts), for every
          // response, not only pages.
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered && !request.signal.aborted) logError(error, request);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Unexpected errors are logged once with the request's id; aborted requests are not errors. An
 * unreachable database is noted so the HTTP layer answers 503 (server/remix-handler.ts).
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  if (error instanceof Response) return;
  if (isDatabaseUnavailable(error)) context.databaseUnavailable = true;
  logError(error, request);
};

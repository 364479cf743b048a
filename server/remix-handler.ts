import {
  type AppLoadContext,
  createRequestHandler,
  type ServerBuild,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { engineState, onEngineDown } from "../app/.server/engine-health.server";
import { withDomainErrorsBuild } from "../app/.server/http/domain-boundary.server";
import { isShareable, type PageTemplate, toTemplate } from "./anonymous-pages";
import { HttpRejection, reasonForStatus } from "./http-rejection";

type Options = {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: "production" | "development";
};

/**
 * Serves Remix from Express, like @remix-run/express, but with the body the input guard already
 * read and checked, and with the database's health in mind: a request whose loaders are stuck on a
 * frozen or dead database is answered 503 as soon as the monitor says so, and a document that
 * failed is re-rendered as the error page with its request id (the "référence").
 */
export function remixHandler({ build, mode }: Options) {
  // Every route behind the domain-error boundary (docs/decisions/031-actor-and-domain-errors.md).
  const bounded =
    typeof build === "function"
      ? async () => withDomainErrorsBuild(await build())
      : withDomainErrorsBuild(build);
  const handle = createRequestHandler(bounded, mode);

  async function serve(
    req: ExpressRequest,
    res: ExpressResponse,
    context: AppLoadContext,
    controller: AbortController,
  ) {
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    const request = toFetchRequest(req, controller.signal);
    let stopWaiting = () => {};
    const databaseDown = new Promise<"down">((resolve) => {
      stopWaiting = onEngineDown("db", () => resolve("down"));
    });
    const handled = handle(request, context);
    handled.catch(() => {}); // settled after an early 503: nobody waits for it any more
    try {
      const outcome = await Promise.race([handled, databaseDown]);
      if (outcome === "down") {
        controller.abort();
        throw new HttpRejection("unavailable", { "Retry-After": "5" });
      }
      return outcome;
    } finally {
      stopWaiting();
    }
  }

  /** The Remix response for a request; unexpected failures come back as rejections. */
  async function respond(req: ExpressRequest, res: ExpressResponse, context: AppLoadContext) {
    await send(res, await checkedResponse(req, res, context));
  }

  /**
   * Like `respond`, but a page other anonymous readers may share is not sent: it comes back cut
   * at its nonce and request id (server/anonymous-pages.ts) for the caller to store and send.
   */
  async function respondOrKeep(
    req: ExpressRequest,
    res: ExpressResponse,
    context: AppLoadContext,
  ): Promise<PageTemplate | null> {
    const response = await checkedResponse(req, res, context);
    if (!isShareable(response)) {
      await send(res, response);
      return null;
    }
    const html = await response.text();
    if (res.destroyed) return null; // the reader left: the page may be cut short
    const template = toTemplate(response, html, {
      nonce: context.cspNonce ?? "",
      requestId: context.requestId ?? "",
    });
    if (!template) {
      res.status(response.status);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      res.end(html);
    }
    return template;
  }

  async function checkedResponse(
    req: ExpressRequest,
    res: ExpressResponse,
    context: AppLoadContext,
  ): Promise<Response> {
    const controller = new AbortController();
    const response = await serve(req, res, context, controller);
    const api = req.path.startsWith("/api/");
    // The router's own errors (405 with no action…) come as {"message"} with X-Remix-Error.
    const json =
      (response.headers.get("content-type")?.includes("json") ?? false) &&
      !response.headers.has("x-remix-error");
    let rejection: HttpRejection | null = null;
    if (response.status >= 500 && (context.databaseUnavailable || engineState("db") !== "ok")) {
      rejection = new HttpRejection("unavailable", { "Retry-After": "5" });
    } else if (api && response.status >= 400 && !json) {
      // The API promises JSON errors, also for what the router answers itself (405, 404…).
      rejection = new HttpRejection(reasonForStatus(response.status), allowHeader(response));
    } else if (!api && response.status >= 500 && !req.path.endsWith(".data")) {
      rejection = new HttpRejection("failed");
    }
    if (rejection) {
      controller.abort(); // the page being streamed is dropped on purpose: not an error to log
      await response.body?.cancel();
      throw rejection;
    }
    return response;
  }

  /** Renders the `rejected` route: the localized error page, without touching the database. */
  async function renderRejection(
    req: ExpressRequest,
    res: ExpressResponse,
    context: AppLoadContext,
  ) {
    const headers = new Headers();
    for (const name of ["cookie", "accept-language", "user-agent"]) {
      const value = req.get(name);
      if (value) headers.set(name, value);
    }
    const request = new Request(new URL("/rejected", originOf(req)), { headers });
    await send(res, await handle(request, context), context.rejection?.status);
  }

  return { respond, respondOrKeep, renderRejection };
}

function allowHeader(response: Response): Record<string, string> {
  const allow = response.headers.get("allow");
  return allow ? { Allow: allow } : {};
}

function originOf(req: ExpressRequest) {
  const host =
    req.get("x-forwarded-host") && req.app.get("trust proxy") ? req.hostname : req.get("host");
  return `${req.protocol}://${host ?? "localhost"}`;
}

function toFetchRequest(req: ExpressRequest, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  // An empty POST is an empty form (a bare "Log out" button sends no body at all).
  if (hasBody && body.length === 0 && !headers.has("content-type")) {
    headers.set("content-type", "application/x-www-form-urlencoded");
  }
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  headers.delete("content-encoding"); // body-parser already inflated it
  return new Request(new URL(req.originalUrl, originOf(req)), {
    method: req.method,
    headers,
    body: hasBody
      ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length)
      : undefined,
    signal,
  });
}

async function send(res: ExpressResponse, response: Response, status = response.status) {
  res.status(status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

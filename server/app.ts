import path from "node:path";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express, { type Request, type Response } from "express";
import type { ViteDevServer } from "vite";
import type { RequestRateLimits } from "../app/.server/auth/rate-limit.server";
import { anonymousPages, fillTemplate, type PageTemplate } from "./anonymous-pages";
import { availabilityGate } from "./availability";
import type { Config } from "./config";
import { addressGuard, bodyGuard } from "./input-guard";
import { originCheck } from "./origin-check";
import { rateLimits } from "./rate-limits";
import { rejectionHandler } from "./rejection-handler";
import { remixHandler } from "./remix-handler";
import { requestLog } from "./request-log";
import { securityHeaders } from "./security-headers";

type AppOptions = {
  config: Pick<Config, "NODE_ENV" | "PUBLIC_URL" | "TRUST_PROXY"> & RequestRateLimits;
  build: ServerBuild | (() => Promise<ServerBuild>);
  vite?: ViteDevServer;
  /** Where the production build's client assets are (default build/client). */
  clientDir?: string;
};

/**
 * The HTTP pipeline, in the order a request meets it: its log line and id, security headers,
 * the address guard, static files, the origin check, the body guard, the database gate, rate
 * limits, then Remix; any refusal or failure ends in one handler (docs/security.md).
 */
export function createApp({ config, build, vite, clientDir }: AppOptions) {
  const production = config.NODE_ENV === "production";
  const app = express();
  if (config.TRUST_PROXY) {
    const hops = Number(config.TRUST_PROXY);
    app.set("trust proxy", Number.isInteger(hops) ? hops : config.TRUST_PROXY);
  }
  app.disable("x-powered-by");

  app.use(requestLog());
  app.use(securityHeaders({ production, publicUrl: config.PUBLIC_URL }));
  app.use(addressGuard());
  if (vite) {
    app.use(vite.middlewares);
  } else {
    const client = clientDir ?? path.resolve("build/client");
    app.use(
      "/assets",
      express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }),
    );
    app.use(express.static(client, { maxAge: "1h" }));
  }
  // CSRF: every non-GET request must come from this site (docs/decisions/006-sessions-and-csrf.md).
  app.use(originCheck({ publicUrl: config.PUBLIC_URL }));
  app.use(bodyGuard());
  app.use(availabilityGate());
  app.use(rateLimits(config));

  const contextOf = (req: Request, res: Response): AppLoadContext => ({
    clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
    requestId: res.locals.requestId as string,
    cspNonce: res.locals.cspNonce as string,
  });
  const remix = remixHandler({ build, mode: production ? "production" : "development" });
  // Development re-renders every page: an edited component shows at once.
  const pages = production ? anonymousPages() : null;
  app.all("*", (req, res, next) => {
    const serve = async () => {
      const key = pages ? await pages.keyOf(req) : null;
      if (!pages || !key) return remix.respond(req, res, contextOf(req, res));
      const context = contextOf(req, res);
      const { template, rendered } = await pages.remember(key, () =>
        remix.respondOrKeep(req, res, context),
      );
      if (template) return sendPage(res, template, context);
      // Not shareable: this reader's page was sent already, or a waiter renders its own.
      if (!rendered) return remix.respond(req, res, context);
    };
    serve().catch(next);
  });
  app.use(rejectionHandler(remix.renderRejection, contextOf));
  return app;
}

function sendPage(res: Response, template: PageTemplate, context: AppLoadContext) {
  res.status(template.status);
  for (const [name, value] of template.headers) res.append(name, value);
  res.end(
    fillTemplate(template, { nonce: context.cspNonce ?? "", requestId: context.requestId ?? "" }),
  );
}

import { randomBytes } from "node:crypto";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";

type Options = { production: boolean; publicUrl?: string };

/**
 * Security headers on every response, JSON and static files included
 * (docs/decisions/016-headers-limits-logs.md): a Content-Security-Policy whose only inline scripts
 * are Remix's, carrying this response's nonce; HSTS when production is served over https; nosniff,
 * no framing, no referrer across origins.
 */
export function securityHeaders({ production, publicUrl }: Options): RequestHandler[] {
  const https = publicUrl?.startsWith("https://") ?? false;
  const nonce = (_req: unknown, res: unknown) => `'nonce-${(res as Response).locals.cspNonce}'`;
  return [
    (_req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString("base64");
      next();
    },
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", nonce],
          // Vite injects CSS through <style> elements in development only.
          styleSrc: production ? ["'self'"] : ["'self'", "'unsafe-inline'"],
          // Width of the criterion bars (style="inline-size: …"), rendered on the server.
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: production ? ["'self'"] : ["'self'", "ws:"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity:
        production && https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: "deny" },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      // The app embeds nothing cross-origin; COEP would only get in the way of links out.
      crossOriginEmbedderPolicy: false,
    }),
  ];
}

export type OriginCheckInput = {
  method: string;
  /** The `Origin` request header, or null when absent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` request header, or null when absent. */
  secFetchSite: string | null;
  /** The `Host` request header (host[:port]). */
  host: string | null;
  /** Further accepted origins, e.g. the public URL when a proxy rewrites `Host`. */
  allowedOrigins?: readonly string[];
};

export type OriginCheckResult = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for every state-changing request (docs/decisions/006-sessions-and-csrf.md):
 * a browser always sends `Origin` on such requests, so a present `Origin` must be this site's;
 * without it, only a client that is not a browser, or a browser that says the request is
 * same-origin, gets through.
 */
export function checkRequestOrigin(input: OriginCheckInput): OriginCheckResult {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { ok: true };
  if (input.origin !== null) {
    if (input.origin === "null") return { ok: false, reason: "opaque origin" };
    let origin: URL;
    try {
      origin = new URL(input.origin);
    } catch {
      return { ok: false, reason: "malformed origin" };
    }
    if (input.host && origin.host === input.host.toLowerCase()) return { ok: true };
    if (input.allowedOrigins?.some((allowed) => allowed === origin.origin)) return { ok: true };
    return {
      ok: false,
      reason: `origin ${origin.origin} does not match host ${input.host ?? "?"}`,
    };
  }
  const site = input.secFetchSite?.toLowerCase() ?? null;
  if (site === null || site === "same-origin") return { ok: true };
  return { ok: false, reason: `no origin and Sec-Fetch-Site ${site}` };
}

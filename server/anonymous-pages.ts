import type { Request as ExpressRequest } from "express";
import { readSessionToken } from "../app/.server/auth/session-cookie.server";
import { getLocale } from "../app/.server/locale.server";
import { onIndexChanged } from "../search/index-changes";

/**
 * The HTML of the pages every anonymous visitor sees alike — the directory and the profile
 * pages — rendered once and served as bytes until the search index changes (every drain of the
 * outbox: a profile edit shows as soon as it is searchable) or `maxAgeMs` passes (what the index
 * does not follow: a mentor's open places). docs/decisions/068-anonymous-page-cache.md.
 *
 * A request that carries a session cookie or credentials is never looked up nor stored: signed-in
 * readers always get their own render. What differs between two anonymous responses — the CSP
 * nonce and the request id — is cut out of the stored page and filled in afresh for each response.
 */
const CACHED_PATHS = [/^\/experts$/, /^\/people\/[^/]+$/];

export type PageTemplate = {
  status: number;
  headers: [string, string][];
  /** The page split at its nonce and request id: parts[0], hole, parts[1], hole… */
  parts: string[];
  holes: ("nonce" | "requestId")[];
  bytes: number;
  storedAt: number;
};

type Limits = { maxBytes: number; maxAgeMs: number };

export class AnonymousPageCache {
  private entries = new Map<string, PageTemplate>();
  private pending = new Map<string, Promise<PageTemplate | null>>();
  private bytes = 0;
  private generation = 0;

  constructor(private readonly limits: Limits) {
    onIndexChanged(() => this.clear());
  }

  /** The key of a request whose page may be shared, or null (signed in, not a shared page…). */
  async keyOf(req: ExpressRequest): Promise<string | null> {
    if (req.method !== "GET") return null;
    if (!CACHED_PATHS.some((p) => p.test(req.path)) || req.path.endsWith(".data")) return null;
    if (req.get("authorization")) return null;
    const headers = new Headers();
    for (const name of ["cookie", "accept-language"]) {
      const value = req.get(name);
      if (value) headers.set(name, value);
    }
    const request = new Request("http://page.cache/", { headers });
    if (readSessionToken(request) !== null) return null;
    const host = `${req.protocol}://${req.get("x-forwarded-host") ?? ""}/${req.get("host") ?? ""}`;
    return `${await getLocale(request)} ${host} ${req.originalUrl}`;
  }

  get(key: string): PageTemplate | undefined {
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.storedAt > this.limits.maxAgeMs) {
      this.drop(key);
      return undefined;
    }
    return entry;
  }

  /**
   * The stored page, or the one `render` makes (null: not shareable, e.g. a 404 or a cookie set).
   * Concurrent misses of one key wait for one render instead of rendering fifty times.
   */
  async remember(
    key: string,
    render: () => Promise<PageTemplate | null>,
  ): Promise<{ template: PageTemplate | null; rendered: boolean }> {
    const hit = this.get(key);
    if (hit) return { template: hit, rendered: false };
    const running = this.pending.get(key);
    // The other reader's render failed or was not shareable: the caller renders its own.
    if (running) return { template: await running.catch(() => null), rendered: false };
    const generation = this.generation;
    const promise = render().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    const template = await promise;
    // Read before the index changed: serve it to this reader, keep it for nobody.
    if (template && generation === this.generation) this.store(key, template);
    return { template, rendered: true };
  }

  clear() {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  private store(key: string, template: PageTemplate) {
    if (template.bytes > this.limits.maxBytes / 4) return;
    this.drop(key);
    this.entries.set(key, template);
    this.bytes += template.bytes;
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}

/**
 * Cuts a rendered page at its per-response values; null when the page is cut short (the reader
 * left, the render was aborted) or carries no nonce.
 */
export function toTemplate(
  response: { status: number; headers: Headers },
  html: string,
  values: { nonce: string; requestId: string },
): PageTemplate | null {
  // React writes `$RX(` where it gave up on a part (aborted: rendered again in the browser).
  if (!values.nonce || !html.includes(values.nonce) || !html.includes("</html>")) return null;
  if (html.includes("$RX(")) return null;
  const parts: string[] = [];
  const holes: PageTemplate["holes"] = [];
  const cut = values.requestId ? [values.nonce, values.requestId] : [values.nonce];
  const pattern = new RegExp(cut.map(escapeRegExp).join("|"), "g");
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    parts.push(html.slice(last, match.index));
    holes.push(match[0] === values.nonce ? "nonce" : "requestId");
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  const headers = [...response.headers.entries()].filter(
    ([name]) => name !== "content-length" && name !== "x-request-id",
  );
  return {
    status: response.status,
    headers,
    parts,
    holes,
    bytes: Buffer.byteLength(html),
    storedAt: Date.now(),
  };
}

/** The page for one response, with its own nonce and request id. */
export function fillTemplate(
  template: PageTemplate,
  values: { nonce: string; requestId: string },
): string {
  let html = template.parts[0] ?? "";
  for (let i = 0; i < template.holes.length; i++) {
    html += values[template.holes[i]!] + template.parts[i + 1];
  }
  return html;
}

/** Whether a Remix response may be kept for other anonymous readers. */
export function isShareable(response: Response) {
  return (
    response.status === 200 &&
    (response.headers.get("content-type") ?? "").startsWith("text/html") &&
    !response.headers.has("set-cookie") &&
    !(response.headers.get("cache-control") ?? "").includes("private")
  );
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const holder = globalThis as typeof globalThis & {
  __passerelleAnonymousPages?: AnonymousPageCache;
};

/** One per process. */
export function anonymousPages(): AnonymousPageCache {
  holder.__passerelleAnonymousPages ??= new AnonymousPageCache({
    maxBytes: 48 * 1024 * 1024,
    maxAgeMs: 30_000,
  });
  return holder.__passerelleAnonymousPages;
}

import express, { type Request, type RequestHandler } from "express";
import { HttpRejection } from "./http-rejection";

/** Methods a route can answer; TRACE, CONNECT, PROPFIND… never reach Remix. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const BODY_LIMIT = "1mb";
/**
 * Routes that take a file, with its limit plus multipart framing: the people import takes 20 MB
 * (app/routes/coordinator.import), a publication file 2 MB (held by its own route,
 * settings.publications-import), a pairing page a signed convention of 10 MB
 * (app/.server/pairings/convention.server.ts).
 */
const UPLOADS: { path: RegExp; limit: string }[] = [
  { path: /^\/coordinator\/import$/, limit: "21mb" },
  { path: /^\/settings\/publications-import$/, limit: "21mb" },
  { path: /^\/pairings\/[0-9a-f-]{36}$/i, limit: "11mb" },
];

// C0 controls except tab, LF and CR (text areas send them), and DEL. NUL is what PostgreSQL
// refuses in text; the others have no business in a form field or an address either.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text a field may hold: well-formed UTF-16 (no lone surrogate) without control characters. */
export function isAcceptableText(text: string, { lineBreaks = true } = {}) {
  return !LONE_SURROGATE.test(text) && !(lineBreaks ? CONTROL : CONTROL_OR_BREAK).test(text);
}

/** decodeURIComponent that says "no" instead of throwing on malformed percent-encoding. */
export function decodeComponent(raw: string, plusIsSpace = false): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? raw.replaceAll("+", " ") : raw);
  } catch {
    return null;
  }
}

/**
 * The input boundary (docs/security.md), first half: unknown methods and addresses that do not
 * decode (malformed percent-encoding, control characters in the path or query) are refused with a
 * 4xx before anything else runs, static files included.
 */
export function addressGuard(): RequestHandler {
  return (req, _res, next) => {
    if (!(ALLOWED_METHODS as readonly string[]).includes(req.method)) {
      return next(new HttpRejection("methodNotAllowed", { Allow: ALLOWED_METHODS.join(", ") }));
    }
    next(checkAddress(req.originalUrl));
  };
}

/**
 * Second half: the body is read once, within a size limit, and refused when a route could not
 * read it — wrong content type for a form, malformed or truncated, control characters in a field.
 * It is kept in `req.body` (a Buffer) for the Remix adapter, so no route or query ever sees it.
 */
export function bodyGuard(): RequestHandler[] {
  const small = express.raw({ type: () => true, limit: BODY_LIMIT });
  const uploads = UPLOADS.map((u) => ({
    path: u.path,
    parse: express.raw({ type: () => true, limit: u.limit }),
  }));
  return [
    (req, res, next) =>
      (uploads.find((u) => u.path.test(req.path))?.parse ?? small)(req, res, next),
    (req, _res, next) => void checkBody(req).then(() => next(), next),
  ];
}

function checkAddress(url: string): HttpRejection | undefined {
  const [path = "", query = ""] = splitOnce(url, "?");
  for (const segment of path.split("/")) {
    const decoded = decodeComponent(segment);
    if (decoded === null) return new HttpRejection("badEncoding");
    if (!isAcceptableText(decoded, { lineBreaks: false }))
      return new HttpRejection("badCharacters");
  }
  return checkPairs(query);
}

/** `a=1&b=2` as in a query string or a urlencoded body: every name and value must decode. */
function checkPairs(encoded: string): HttpRejection | undefined {
  for (const pair of encoded.split("&")) {
    for (const part of splitOnce(pair, "=")) {
      const decoded = decodeComponent(part, true);
      if (decoded === null) return new HttpRejection("badEncoding");
      if (!isAcceptableText(decoded)) return new HttpRejection("badCharacters");
    }
  }
  return undefined;
}

async function checkBody(req: Request) {
  const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  req.body = body;
  if (req.method === "GET" || req.method === "HEAD") return;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  const type = (req.get("content-type") ?? "").toLowerCase();
  if (req.path.startsWith("/api/")) return body.length === 0 ? undefined : checkJson(text);
  // A form action reads form data only: even an empty body must say it is a form, or reading it
  // throws (an empty text/plain POST to /forgot-password was a 500). No body and no type at all
  // is an empty form (server/remix-handler.ts gives it the type).
  if (body.length === 0 && type === "") return;
  if (type.startsWith("application/x-www-form-urlencoded")) {
    if (body.length === 0) return;
    const rejection = checkPairs(text);
    if (rejection) throw rejection;
    return;
  }
  if (type.startsWith("multipart/form-data")) return checkMultipart(body, req.get("content-type")!);
  throw new HttpRejection("badContentType");
}

/** The JSON API reads any body as JSON (README): it must parse, and hold acceptable strings. */
function checkJson(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpRejection("badBody");
  }
  const walk = (v: unknown): boolean => {
    if (typeof v === "string") return isAcceptableText(v);
    if (Array.isArray(v)) return v.every(walk);
    if (v && typeof v === "object") {
      return Object.entries(v).every(([k, item]) => isAcceptableText(k) && walk(item));
    }
    return true;
  };
  if (!walk(value)) throw new HttpRejection("badCharacters");
}

/** A multipart body must have its boundary and be complete; its text fields are checked too. */
async function checkMultipart(body: Buffer, contentType: string) {
  if (!/;\s*boundary=/i.test(contentType)) throw new HttpRejection("badBody");
  let form: FormData;
  try {
    form = await new Response(
      new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
      { headers: { "content-type": contentType } },
    ).formData();
  } catch {
    throw new HttpRejection("badBody");
  }
  for (const [name, value] of form.entries()) {
    const texts = typeof value === "string" ? [name, value] : [name, value.name];
    if (!texts.every((t) => isAcceptableText(t))) throw new HttpRejection("badCharacters");
  }
}

function splitOnce(text: string, separator: string): [string, string] | [string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

/** body-parser's own errors (size, aborted upload, bad Content-Encoding) as rejections. */
export function bodyParserRejection(error: unknown): HttpRejection | null {
  const e = error as { type?: string; status?: number } | null;
  if (!e?.type || typeof e.status !== "number") return null;
  if (e.type === "entity.too.large") return new HttpRejection("tooLarge");
  if (e.status === 415) return new HttpRejection("badContentType");
  if (e.status >= 400 && e.status < 500) return new HttpRejection("badBody");
  return null;
}

/**
 * Why the HTTP layer refused a request before any route ran. Each reason is one status, one
 * English sentence for the JSON API, and one localized error page (app/locales/request-errors.ts).
 */
export const REJECTIONS = {
  badEncoding: [400, "The address or body is not valid percent-encoded UTF-8"],
  badCharacters: [400, "The request contains control characters (NUL…) that no field accepts"],
  badBody: [400, "The request body cannot be read (malformed or truncated)"],
  unauthorized: [401, "Authentication required"],
  crossOrigin: [403, "Forbidden: cross-origin request refused"],
  forbidden: [403, "Forbidden"],
  notFound: [404, "Not found"],
  methodNotAllowed: [405, "This method is not allowed here"],
  tooLarge: [413, "The request body is too large"],
  badContentType: [415, "Unsupported content type for this address"],
  tooManyRequests: [429, "Too many requests: slow down and retry later"],
  unavailable: [503, "The service is temporarily unavailable: retry in a few seconds"],
  failed: [500, "Unexpected server error"],
} as const satisfies Record<string, readonly [number, string]>;

export type RejectionReason = keyof typeof REJECTIONS;

export class HttpRejection extends Error {
  readonly status: number;
  constructor(
    readonly reason: RejectionReason,
    readonly headers: Record<string, string> = {},
  ) {
    super(REJECTIONS[reason][1]);
    this.status = REJECTIONS[reason][0];
  }
}

/** The reason matching a status a route answered with (used to turn a text error into JSON). */
export function reasonForStatus(status: number): RejectionReason {
  const found = (Object.keys(REJECTIONS) as RejectionReason[]).find(
    (reason) => REJECTIONS[reason][0] === status,
  );
  return found ?? (status >= 500 ? "failed" : "badBody");
}

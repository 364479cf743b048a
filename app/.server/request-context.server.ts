// Types only: the augmentation applies to the whole program (tsconfig includes every file).
/** A request the HTTP layer refused; the `rejected` route renders its localized error page. */
export type Rejection = { status: number; reason: string; retryAfterSeconds?: number };

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per request, from the HTTP layer (server/remix-handler.ts). */
    requestId?: string;
    /** Nonce of this response's Content-Security-Policy, for Remix's inline scripts. */
    cspNonce?: string;
    rejection?: Rejection;
    /** Set by handleError when a loader or action failed because the database is unreachable. */
    databaseUnavailable?: boolean;
  }
}

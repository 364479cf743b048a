import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the response being rendered (server/security-headers.ts),
 * for Remix's inline scripts. Browsers hide nonces from the DOM, so the client reads "" and
 * hydration still matches.
 */
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);

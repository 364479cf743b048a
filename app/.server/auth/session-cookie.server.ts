export const SESSION_COOKIE = "passerelle_session";

function attributes() {
  const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
  return `HttpOnly; SameSite=Lax; Path=/${secure}`;
}

/** `Set-Cookie` value carrying the session token until the session expires. */
export function serializeSessionCookie(token: string, expiresAt: Date): string {
  return `${SESSION_COOKIE}=${token}; ${attributes()}; Expires=${expiresAt.toUTCString()}`;
}

export function serializeBlankSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${attributes()}; Max-Age=0`;
}

/** The session token from the request's Cookie header, if any. */
export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === SESSION_COOKIE) {
      const value = part.slice(index + 1).trim();
      return value === "" ? null : value;
    }
  }
  return null;
}

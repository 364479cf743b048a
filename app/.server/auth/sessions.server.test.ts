import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loader as rootLoader } from "~/root";
import { sessions } from "../../../db/schema";
import {
  callRoute,
  createAccount,
  sessionCookieFor,
  type TestAccount,
} from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { getOptionalUser } from "./require-user.server";
import {
  readSessionToken,
  serializeBlankSessionCookie,
  serializeSessionCookie,
} from "./session-cookie.server";
import {
  createSession,
  generateSessionToken,
  invalidateSession,
  invalidateUserSessions,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from "./sessions.server";
import { hashToken, sameHash } from "./tokens.server";

const DAY = 86_400_000;
let ctx: TestContext;
let account: TestAccount;

beforeAll(async () => {
  ctx = await createTestContext();
  account = await createAccount(ctx.db);
});
afterAll(async () => {
  await ctx.cleanup();
});

describe("sessions", () => {
  test("a token is 160 random bits in base32; the database keeps only its SHA-256", async () => {
    const token = generateSessionToken();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(generateSessionToken()).not.toBe(token);
    const session = await createSession(ctx.db, token, account.userId);
    const rows = await ctx.db.select().from(sessions).where(eq(sessions.userId, account.userId));
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(hashToken(token));
    expect(ids).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
  });

  test("validate: a fresh session is valid for 30 days and not extended", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const token = generateSessionToken();
    await createSession(ctx.db, token, account.userId, now);
    const result = await validateSessionToken(ctx.db, token, new Date(now.getTime() + DAY));
    expect(result?.session.userId).toBe(account.userId);
    expect(result?.fresh).toBe(false);
    expect(result?.session.expiresAt.getTime()).toBe(now.getTime() + SESSION_LIFETIME_MS);
  });

  test("slide: with less than 15 days left, the session is extended to 30 days from now", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const token = generateSessionToken();
    await createSession(ctx.db, token, account.userId, start);
    const later = new Date(start.getTime() + 16 * DAY);
    const result = await validateSessionToken(ctx.db, token, later);
    expect(result?.fresh).toBe(true);
    expect(result?.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
    const [row] = await ctx.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    expect(row?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
    // still valid long after the original expiry
    expect(
      await validateSessionToken(ctx.db, token, new Date(start.getTime() + 40 * DAY)),
    ).not.toBeNull();
  });

  test("expire: an expired session is refused and deleted", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const token = generateSessionToken();
    await createSession(ctx.db, token, account.userId, start);
    expect(
      await validateSessionToken(ctx.db, token, new Date(start.getTime() + 31 * DAY)),
    ).toBeNull();
    expect(
      await ctx.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, hashToken(token))),
    ).toEqual([]);
  });

  test("revoke: one session, or all of a user's sessions", async () => {
    const [a, b] = [generateSessionToken(), generateSessionToken()];
    const first = await createSession(ctx.db, a, account.userId);
    await createSession(ctx.db, b, account.userId);
    await invalidateSession(ctx.db, first.id);
    expect(await validateSessionToken(ctx.db, a)).toBeNull();
    expect(await validateSessionToken(ctx.db, b)).not.toBeNull();
    await invalidateUserSessions(ctx.db, account.userId);
    expect(await validateSessionToken(ctx.db, b)).toBeNull();
  });

  test("malformed and unknown tokens are refused without a lookup error", async () => {
    expect(await validateSessionToken(ctx.db, "")).toBeNull();
    expect(await validateSessionToken(ctx.db, "x".repeat(5000))).toBeNull();
    expect(await validateSessionToken(ctx.db, hashToken("anything"))).toBeNull();
    expect(await validateSessionToken(ctx.db, generateSessionToken())).toBeNull();
  });

  test("hashes compare in constant time and only when equal", () => {
    expect(sameHash(hashToken("a"), hashToken("a"))).toBe(true);
    expect(sameHash(hashToken("a"), hashToken("b"))).toBe(false);
    expect(sameHash("abc", "abcd")).toBe(false);
  });
});

describe("the session cookie", () => {
  test("HttpOnly, SameSite=Lax, Path=/; Secure only in production", () => {
    const expires = new Date("2026-05-01T00:00:00Z");
    const dev = serializeSessionCookie("tok", expires);
    expect(dev).toContain("HttpOnly");
    expect(dev).toContain("SameSite=Lax");
    expect(dev).toContain("Path=/");
    expect(dev).toContain(`Expires=${expires.toUTCString()}`);
    expect(dev).not.toContain("Secure");
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      expect(serializeSessionCookie("tok", expires)).toContain("; Secure");
      expect(serializeBlankSessionCookie()).toContain("Max-Age=0");
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  test("the token is read back from the Cookie header among others", () => {
    const request = new Request("http://localhost/", {
      headers: { Cookie: "lang=fr; passerelle_session=abc123; other=1" },
    });
    expect(readSessionToken(request)).toBe("abc123");
    expect(readSessionToken(new Request("http://localhost/"))).toBeNull();
  });

  test("a request with the cookie is signed in; the root loader sends the cookie back", async () => {
    const cookie = await sessionCookieFor(ctx.db, account.userId);
    const request = new Request("http://localhost/", { headers: { Cookie: cookie } });
    expect((await getOptionalUser(request))?.userId).toBe(account.userId);
    const outcome = await callRoute({ loader: rootLoader } as never, { url: "/", cookie });
    expect(outcome.headers.get("Set-Cookie")).toMatch(/^passerelle_session=[a-z2-7]{32}; HttpOnly/);
    expect((outcome.body as { user: { name: string } }).user.name).toMatch(/Compte Test/);
    const anonymous = await callRoute({ loader: rootLoader } as never, { url: "/" });
    expect(anonymous.headers.get("Set-Cookie")).toBeNull();
  });
});

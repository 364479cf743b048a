import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { sessions } from "../../../db/schema";
import { generateToken, hashToken, sameHash, TOKEN_PATTERN } from "./tokens.server";

const DAY_MS = 86_400_000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used when less than this is left is extended by a full lifetime (sliding expiry). */
export const SESSION_REFRESH_MS = 15 * DAY_MS;

export type SessionRecord = { id: string; userId: string; expiresAt: Date };
export type SessionValidation = { session: SessionRecord; fresh: boolean };

export const generateSessionToken = generateToken;

/** Stores a session for the token; only the token's SHA-256 reaches the database. */
export async function createSession(
  db: Executor,
  token: string,
  userId: string,
  now = new Date(),
): Promise<SessionRecord> {
  const session = {
    id: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
  };
  await db.insert(sessions).values(session);
  return session;
}

/**
 * The session a cookie token stands for, or null. An expired session is deleted; one with less
 * than 15 days left is extended to 30 days from now (`fresh: true`, so the cookie follows).
 */
export async function validateSessionToken(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<SessionValidation | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const id = hashToken(token);
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  // The lookup is by hash, which reveals nothing useful through timing; the explicit constant-time
  // comparison keeps that property should the lookup ever change (prefix search, cache…).
  if (!row || !sameHash(row.id, id)) return null;
  if (now.getTime() >= row.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  const session: SessionRecord = { id: row.id, userId: row.userId, expiresAt: row.expiresAt };
  if (now.getTime() >= row.expiresAt.getTime() - SESSION_REFRESH_MS) {
    session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await db
      .update(sessions)
      .set({ expiresAt: session.expiresAt })
      .where(eq(sessions.id, session.id));
    return { session, fresh: true };
  }
  return { session, fresh: false };
}

export async function invalidateSession(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere (password reset, account deletion). */
export async function invalidateUserSessions(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Executor, now = new Date()) {
  await db.delete(sessions).where(and(lt(sessions.expiresAt, now)));
}

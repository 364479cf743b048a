import { eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { rateLimits } from "../../../db/schema";
import { hashToken } from "./tokens.server";

export type RateLimitRule = { max: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterMs: number };

const MINUTE_MS = 60_000;
export const RATE_LIMITS = {
  /** Failed logins: per account (whether or not it exists) and per client address. */
  loginAccount: { max: 5, windowMs: 15 * MINUTE_MS },
  loginIp: { max: 20, windowMs: 15 * MINUTE_MS },
  resetAccount: { max: 3, windowMs: 60 * MINUTE_MS },
  resetIp: { max: 10, windowMs: 60 * MINUTE_MS },
  signupIp: { max: 10, windowMs: 60 * MINUTE_MS },
} satisfies Record<string, RateLimitRule>;

/**
 * Request rates on the API and the expensive pages (server/rate-limits.ts), per minute; each can be
 * changed, or turned off with 0, by its variable (README, "Limits").
 */
export const REQUEST_RATE_DEFAULTS = {
  /** /api/* per client address. */
  RATE_LIMIT_API_PER_MINUTE: 240,
  /** /api/* per bearer token, wherever it is used from. */
  RATE_LIMIT_TOKEN_PER_MINUTE: 240,
  /** Search and matching pages (/experts, /match, /mentors, partner suggestions) per address. */
  RATE_LIMIT_PAGES_PER_MINUTE: 120,
} as const;
export type RequestRateLimits = Record<keyof typeof REQUEST_RATE_DEFAULTS, number>;

export function perMinute(max: number): RateLimitRule {
  return { max, windowMs: MINUTE_MS };
}

/** Keys never contain an address in clear: an e-mail is hashed before it names a counter. */
export function accountKey(scope: string, email: string) {
  return `${scope}:account:${hashToken(email.trim().toLowerCase())}`;
}
export function ipKey(scope: string, ip: string) {
  return `${scope}:ip:${ip}`;
}
/** A bearer token names its counter by its hash, like the api_tokens table. */
export function tokenKey(scope: string, token: string) {
  return `${scope}:token:${hashToken(token)}`;
}

/**
 * Counts one hit against a fixed window, atomically (one INSERT … ON CONFLICT, so concurrent hits
 * from several app instances cannot slip through between a read and a write).
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  rule: RateLimitRule,
): Promise<RateLimitResult> {
  const windowMs = rule.windowMs;
  const expired = sql`${rateLimits.windowStart} <= now() - ${windowMs} * interval '1 millisecond'`;
  // A counter need not survive a crash: not waiting for the WAL flush takes a hit from 2.2 to
  // 1.0 ms (medians side by side, 300 each, this machine), paid by every API request and search.
  const [row] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return upsertCounter(tx, key, windowMs, expired);
  });
  const count = row?.count ?? 1;
  return { allowed: count <= rule.max, count, retryAfterMs: row?.retryAfterMs ?? 0 };
}

function upsertCounter(
  db: Executor,
  key: string,
  windowMs: number,
  expired: ReturnType<typeof sql>,
) {
  return db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`,
      },
    })
    .returning({
      count: rateLimits.count,
      retryAfterMs: sql<number>`greatest(0, ceil(extract(epoch from (${rateLimits.windowStart} + ${windowMs} * interval '1 millisecond' - now())) * 1000))::int`,
    });
}

/** Gives back one hit (a login that turned out to be right must not count as a failure). */
export async function refundRateLimit(db: Executor, key: string) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(0, ${rateLimits.count} - 1)` })
    .where(eq(rateLimits.key, key));
}

export async function resetRateLimit(db: Executor, key: string) {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

export async function purgeRateLimits(db: Executor, olderThanMs = 86_400_000) {
  await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, sql`now() - ${olderThanMs} * interval '1 millisecond'`));
}

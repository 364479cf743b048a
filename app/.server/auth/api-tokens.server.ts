import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { type Executor, getDb } from "../../../db/client";
import { apiTokens, type GrantedRole, userRoles, users } from "../../../db/schema";
import { hashToken } from "./tokens.server";

/** "pas_" and 32 random bytes in lower-case base32 (52 characters): shown once, never stored. */
export const API_TOKEN_PATTERN = /^pas_[a-z2-7]{52}$/;
/** lastUsedAt is written at most once a minute per token, so a busy client costs no writes. */
const LAST_USED_PRECISION_MS = 60_000;

export function generateApiToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `pas_${encodeBase32LowerCaseNoPadding(bytes)}`;
}

export type ApiTokenSummary = {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Creates a token for a user; the returned `token` is the only time it exists in clear. */
export async function createApiToken(db: Executor, userId: string, name: string) {
  const token = generateApiToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return { ...row!, token };
}

export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(db: Executor, userId: string, tokenId: string) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export type ApiUser = { id: string; email: string; roles: GrantedRole[]; tokenId: string };

export type TokenCheck =
  | { ok: true; user: ApiUser }
  | { ok: false; reason: "unknown" | "revoked" | "notStaff" };

/** Looks a presented token up by its hash; records its use (at most once a minute). */
export async function verifyApiToken(db: Executor, token: string): Promise<TokenCheck> {
  if (!API_TOKEN_PATTERN.test(token)) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      revokedAt: apiTokens.revokedAt,
      id: users.id,
      email: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)));
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  const roles = (
    await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.id))
  ).map((r) => r.role);
  if (!roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role))) {
    return { ok: false, reason: "notStaff" };
  }
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, row.tokenId),
        or(
          isNull(apiTokens.lastUsedAt),
          lt(apiTokens.lastUsedAt, new Date(Date.now() - LAST_USED_PRECISION_MS)),
        ),
      ),
    );
  return { ok: true, user: { id: row.id, email: row.email, roles, tokenId: row.tokenId } };
}

export function jsonError(status: number, error: string, headers?: HeadersInit) {
  return Response.json({ error }, { status, headers });
}

const REASONS = {
  unknown: [401, "Unknown API token"],
  revoked: [401, "This API token has been revoked"],
  notStaff: [403, "API tokens are for coordinators and admins"],
} as const;

/** The bearer token of the request, or null when there is no Authorization: Bearer header. */
export function readBearerToken(request: Request): string | null {
  return parseBearer(request.headers.get("Authorization"));
}

/** The token of an `Authorization: Bearer <token>` header value. */
export function parseBearer(header: string | null | undefined): string | null {
  return header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? null;
}

/**
 * The coordinator or admin behind `Authorization: Bearer <token>`; otherwise throws a JSON
 * response: 401 for a missing, unknown or revoked token, 403 when its owner lost the role.
 */
export async function requireApiUser(request: Request): Promise<ApiUser> {
  const token = readBearerToken(request);
  if (!token) {
    throw jsonError(401, "Missing API token: send Authorization: Bearer <token>", {
      "WWW-Authenticate": "Bearer",
    });
  }
  const check = await verifyApiToken(getDb(), token);
  if (!check.ok) {
    const [status, message] = REASONS[check.reason];
    throw jsonError(status, message, status === 401 ? { "WWW-Authenticate": "Bearer" } : {});
  }
  return check.user;
}

/** For `npm run api-token`: a new token for an existing coordinator or admin, found by email. */
export async function createApiTokenForEmail(
  db: Executor,
  email: string,
  name: string,
): Promise<{ ok: true; token: string } | { ok: false; reason: "unknownAccount" | "notStaff" }> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  if (!user) return { ok: false, reason: "unknownAccount" };
  const roles = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, user.id));
  if (!roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r.role))) {
    return { ok: false, reason: "notStaff" };
  }
  const created = await createApiToken(db, user.id, name);
  return { ok: true, token: created.token };
}

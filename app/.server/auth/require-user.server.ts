import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { invariantResponse } from "~/utils/responses";
import type { VerificationStatus } from "~/vocabulary/people";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { getDb } from "../../../db/client";
import { type GrantedRole, type PersonKind, people, userRoles, users } from "../../../db/schema";
import { type Actor, ANONYMOUS, hasRole } from "../actor";
import { readSessionToken, serializeSessionCookie } from "./session-cookie.server";
import { type SessionRecord, validateSessionToken } from "./sessions.server";

/** The signed-in account: an Actor (pass it to any domain function), with what the pages show. */
export type SessionUser = Actor & {
  userId: string;
  email: string;
  roles: GrantedRole[];
  /** The profile this account owns (every account created through sign-up has one). */
  person: {
    id: string;
    slug: string;
    name: string;
    kind: PersonKind;
    verification: VerificationStatus;
  } | null;
};

type Auth = { user: SessionUser; session: SessionRecord; token: string } | null;

// Loaders of one request run in parallel and each may ask who is signed in: validate once.
const perRequest = new WeakMap<Request, Promise<Auth>>();

function authenticate(request: Request): Promise<Auth> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = loadAuth(request);
    perRequest.set(request, pending);
  }
  return pending;
}

async function loadAuth(request: Request): Promise<Auth> {
  const token = readSessionToken(request);
  if (!token) return null;
  const db = getDb();
  const validation = await validateSessionToken(db, token);
  if (!validation) return null;
  const userId = validation.session.userId;
  const [[account], roleRows, [person]] = await Promise.all([
    db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)),
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)),
    db
      .select({
        id: people.id,
        slug: people.slug,
        name: people.fullName,
        kind: people.kind,
        verification: people.verification,
      })
      .from(people)
      .where(eq(people.userId, userId))
      .limit(1),
  ]);
  if (!account) return null;
  return {
    token,
    session: validation.session,
    user: {
      userId: account.id,
      personId: person?.id ?? null,
      email: account.email,
      roles: roleRows.map((r) => r.role).sort(),
      person: person ?? null,
    },
  };
}

export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  return (await authenticate(request))?.user ?? null;
}

/** Who is looking: the signed-in user, or ANONYMOUS. */
export async function getActor(request: Request): Promise<Actor> {
  return (await getOptionalUser(request)) ?? ANONYMOUS;
}

export async function getCurrentSession(request: Request) {
  return (await authenticate(request))?.session ?? null;
}

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getOptionalUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = request.method === "GET" ? url.pathname + url.search : url.pathname;
    throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
  }
  return user;
}

/** A signed-in user holding one of the roles; anyone else signed in gets a 403. */
export async function requireRole(
  request: Request,
  roles: readonly GrantedRole[],
): Promise<SessionUser> {
  const user = await requireUser(request);
  invariantResponse(hasRole(user, roles), "Forbidden", { status: 403 });
  return user;
}

/** A signed-in student (only students ask for mentoring); anyone else signed in gets a 403. */
export async function requireStudent(
  request: Request,
): Promise<SessionUser & { person: NonNullable<SessionUser["person"]> }> {
  const user = await requireUser(request);
  invariantResponse(user.person?.kind === "student", "Students only", { status: 403 });
  return user as SessionUser & { person: NonNullable<SessionUser["person"]> };
}

/** A signed-in coordinator or admin; anyone else signed in gets a 403. */
export function requireStaff(request: Request): Promise<SessionUser> {
  return requireRole(request, STAFF_ROLES);
}

/**
 * The cookie again with the session's current expiry: the root loader sends it on every page, so
 * the browser's copy follows the sliding expiry kept in the database.
 */
export async function refreshedSessionCookie(request: Request): Promise<string | null> {
  const auth = await authenticate(request);
  return auth ? serializeSessionCookie(auth.token, auth.session.expiresAt) : null;
}

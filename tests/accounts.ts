import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { hashPassword } from "~/.server/auth/passwords.server";
import { SESSION_COOKIE } from "~/.server/auth/session-cookie.server";
import { createSession, generateSessionToken } from "~/.server/auth/sessions.server";
import { withDomainErrors } from "~/.server/http/domain-boundary.server";
import { createPerson } from "~/.server/people.server";
import type { VerificationStatus, Visibility } from "~/vocabulary/people";
import type { Database } from "../db/client";
import { type GrantedRole, type PersonKind, userRoles, users } from "../db/schema";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;
let counter = 0;

export type TestAccount = {
  userId: string;
  personId: string;
  slug: string;
  email: string;
  password: string;
  /** A Cookie header carrying a fresh session of this account. */
  cookie: string;
};

/**
 * An account with a profile, created through the real writers, and a signed-in session.
 * Staff (roles) get an expert profile, as the demo seed gives them.
 */
export async function createAccount(
  db: Database,
  options: {
    kind?: PersonKind;
    roles?: GrantedRole[];
    verification?: VerificationStatus;
    visibility?: Visibility;
    email?: string;
    fullName?: string;
  } = {},
): Promise<TestAccount> {
  counter += 1;
  const n = counter;
  const email = options.email ?? `account-${n}-${Date.now()}@test.example`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ email, passwordHash: await passwordHash })
    .returning({ id: users.id });
  const userId = user!.id;
  if (options.roles?.length) {
    await db.insert(userRoles).values(options.roles.map((role) => ({ userId, role })));
  }
  const person = await createPerson(db, {
    userId,
    kind: options.kind ?? "expert",
    fullName: options.fullName ?? `Compte Test ${n}`,
    headline: "Profil de test",
    country: "MA",
    city: "Rabat",
    email,
    visibility: options.visibility ?? "public",
    verification: options.verification ?? "verified",
    mentoringStatus: "open",
    mentoringCapacity: 1,
    skills: [{ skillId: "machine-learning", level: 3 }],
    languages: [{ language: "fr", level: "fluent" }],
  });
  return {
    userId,
    personId: person.id,
    slug: person.slug,
    email,
    password: TEST_PASSWORD,
    cookie: await sessionCookieFor(db, userId),
  };
}

export async function sessionCookieFor(db: Database, userId: string) {
  const token = generateSessionToken();
  await createSession(db, token, userId);
  return `${SESSION_COOKIE}=${token}`;
}

type RouteModule = {
  loader?: (args: LoaderFunctionArgs) => unknown;
  action?: (args: ActionFunctionArgs) => unknown;
};

export type RouteOutcome = {
  status: number;
  location: string | null;
  body: unknown;
  headers: Headers;
};

/** Calls a route's loader (GET) or action (POST) as Remix would, and normalizes what comes back. */
export async function callRoute(
  mod: RouteModule,
  options: {
    method?: "GET" | "POST";
    url: string;
    cookie?: string;
    form?: Record<string, string | string[]>;
    params?: Record<string, string>;
    ip?: string;
  },
): Promise<RouteOutcome> {
  const method = options.method ?? "GET";
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body: FormData | undefined;
  if (method === "POST") {
    body = new FormData();
    for (const [key, value] of Object.entries(options.form ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  const request = new Request(new URL(options.url, "http://localhost"), { method, headers, body });
  // Behind the same domain-error boundary as server/index.ts puts every route.
  const route = withDomainErrors(mod);
  const fn = method === "GET" ? route.loader : route.action;
  if (!fn) throw new Error(`the route has no ${method === "GET" ? "loader" : "action"}`);
  try {
    return normalize(
      await fn({
        request,
        params: options.params ?? {},
        context: { clientIp: options.ip ?? "192.0.2.1" },
      }),
    );
  } catch (thrown) {
    if (thrown instanceof Response) return normalize(thrown);
    throw thrown;
  }
}

function normalize(result: unknown): RouteOutcome {
  if (result instanceof Response) {
    return {
      status: result.status,
      location: result.headers.get("Location"),
      body: null,
      headers: result.headers,
    };
  }
  if (
    result &&
    typeof result === "object" &&
    (result as { type?: string }).type === "DataWithResponseInit"
  ) {
    const wrapped = result as { data: unknown; init: ResponseInit | null };
    const headers = new Headers(wrapped.init?.headers);
    return {
      status: wrapped.init?.status ?? 200,
      location: headers.get("Location"),
      body: wrapped.data,
      headers,
    };
  }
  return { status: 200, location: null, body: result, headers: new Headers() };
}

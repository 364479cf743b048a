import { eq, sql } from "drizzle-orm";
import type { SignupInput } from "~/utils/account-validation";
import type { Locale } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import { users } from "../../../db/schema";
import { DomainError } from "../domain-error";
import { createPerson } from "../people.server";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./passwords.server";
import {
  accountKey,
  hitRateLimit,
  ipKey,
  RATE_LIMITS,
  refundRateLimit,
  resetRateLimit,
} from "./rate-limit.server";
import { createSession, generateSessionToken } from "./sessions.server";

const emailTaken = () =>
  new DomainError("email_taken", "auth.signup.emailTaken", { field: "email" });

/** Whole minutes to wait, for "try again in {minutes} minutes". */
export const minutesUntil = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * Creates the account and its profile in one transaction. Experts and researchers start
 * "pending" (absent from the directory until a coordinator verifies them); students need no
 * verification, they are never listed in the directory.
 */
export async function signUp(
  db: Executor,
  input: SignupInput,
  context: { ip: string; locale: Locale },
): Promise<{ userId: string; personId: string }> {
  const limit = await hitRateLimit(db, ipKey("signup", context.ip), RATE_LIMITS.signupIp);
  if (!limit.allowed) {
    throw new DomainError("rate_limited", "auth.signup.tooMany", {
      params: { minutes: minutesUntil(limit.retryAfterMs) },
    });
  }
  if (await findUserByEmail(db, input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertAccount(db, input, passwordHash, context.locale);
    } catch (error) {
      const constraint = constraintOf(error);
      // Two sign-ups racing for one address: the unique index decides.
      if (constraint === "users_email_unique") throw emailTaken();
      // Two people with the same name signing up at once: the slug is picked again.
      if (constraint === "people_slug_unique" && attempt < 3) continue;
      throw error;
    }
  }
}

/** The unique constraint a failed insert hit (drizzle wraps the driver's error in `cause`). */
function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint_name?: string; cause?: { constraint_name?: string } };
  return e.cause?.constraint_name ?? e.constraint_name;
}

async function insertAccount(
  db: Executor,
  input: SignupInput,
  passwordHash: string,
  locale: Locale,
) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, passwordHash, locale })
      .returning({ id: users.id });
    const person = await createPerson(tx, {
      userId: user!.id,
      kind: input.kind,
      fullName: input.fullName,
      country: input.country,
      city: input.city,
      email: input.email,
      visibility: "public",
      verification: input.kind === "student" ? "verified" : "pending",
    });
    return { userId: user!.id, personId: person.id };
  });
}

export async function findUserByEmail(db: Executor, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user ?? null;
}

export type LogInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterMs: number };

/**
 * Checks a password under two rate limits: per account (5 failures / 15 min, whether or not the
 * account exists) and per client address (20 / 15 min). Every attempt is counted first, atomically,
 * and a successful one is given back, so parallel guesses cannot overrun the limit.
 */
export async function logIn(
  db: Executor,
  input: { email: string; password: string },
  ip: string,
): Promise<LogInResult> {
  const accountCounter = accountKey("login", input.email);
  const ipCounter = ipKey("login", ip);
  const [account, address] = await Promise.all([
    hitRateLimit(db, accountCounter, RATE_LIMITS.loginAccount),
    hitRateLimit(db, ipCounter, RATE_LIMITS.loginIp),
  ]);
  if (!account.allowed || !address.allowed) {
    const retryAfterMs = Math.max(
      account.allowed ? 0 : account.retryAfterMs,
      address.allowed ? 0 : address.retryAfterMs,
    );
    return { ok: false, reason: "rateLimited", retryAfterMs };
  }
  const user = await findUserByEmail(db, input.email);
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await Promise.all([resetRateLimit(db, accountCounter), refundRateLimit(db, ipCounter)]);
  return { ok: true, userId: user.id };
}

/** Opens a session for the user: the token goes in the cookie, its hash in the database. */
export async function startSession(db: Executor, userId: string) {
  const token = generateSessionToken();
  const session = await createSession(db, token, userId);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, userId));
  return { token, expiresAt: session.expiresAt };
}

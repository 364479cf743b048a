import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { type Locale, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import { passwordResetTokens, users } from "../../../db/schema";
import { enqueueEmail } from "../email/outbox.server";
import { findUserByEmail } from "./accounts.server";
import { hashPassword } from "./passwords.server";
import { accountKey, hitRateLimit, ipKey, RATE_LIMITS } from "./rate-limit.server";
import { invalidateUserSessions } from "./sessions.server";
import { generateToken, hashToken, TOKEN_PATTERN } from "./tokens.server";

export const RESET_LINK_LIFETIME_MS = 3600_000;

/**
 * Queues a reset link for the address if an account exists. The answer is the same either way
 * (and when rate-limited), so the form reveals nothing about who has an account.
 */
export async function requestPasswordReset(
  db: Executor,
  input: { email: string; ip: string; locale: Locale; origin: string },
) {
  const [account, address] = await Promise.all([
    hitRateLimit(db, accountKey("reset", input.email), RATE_LIMITS.resetAccount),
    hitRateLimit(db, ipKey("reset", input.ip), RATE_LIMITS.resetIp),
  ]);
  if (!account.allowed || !address.allowed) return;
  const user = await findUserByEmail(db, input.email);
  if (!user) return;
  const token = generateToken();
  const t = translator(input.locale);
  await db.transaction(async (tx) => {
    // Only the newest link works.
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    await tx.insert(passwordResetTokens).values({
      id: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MS),
    });
    await enqueueEmail(tx, {
      to: user.email,
      subject: t("email.reset.subject"),
      text: t("email.reset.body", { link: `${input.origin}/reset-password/${token}` }),
    });
  });
}

/** True when the link can still be used (shown before asking for a new password). */
export async function isResetTokenUsable(db: Executor, token: string) {
  if (!TOKEN_PATTERN.test(token)) return false;
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(usable(hashToken(token)))
    .limit(1);
  return !!row;
}

/**
 * Spends the link and sets the new password in one transaction: the UPDATE … WHERE used_at IS NULL
 * lets only one of two concurrent uses through. Every session of the account is signed out.
 */
export async function resetPassword(
  db: Executor,
  input: { token: string; password: string },
): Promise<{ userId: string } | null> {
  if (!TOKEN_PATTERN.test(input.token)) return null;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(usable(hashToken(input.token)))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) return null;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, spent.userId));
    await invalidateUserSessions(tx, spent.userId);
    return { userId: spent.userId };
  });
}

function usable(id: string) {
  return and(
    eq(passwordResetTokens.id, id),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, sql`now()`),
  );
}

import { isNotNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { passwordResetTokens } from "../../../db/schema";
import { purgeRateLimits } from "./rate-limit.server";
import { purgeExpiredSessions } from "./sessions.server";

/** Deletes sessions, reset links and rate-limit counters that can no longer matter. */
export async function purgeExpiredAuthData(db: Executor) {
  await purgeExpiredSessions(db);
  await purgeRateLimits(db);
  await db
    .delete(passwordResetTokens)
    .where(
      or(lt(passwordResetTokens.expiresAt, sql`now()`), isNotNull(passwordResetTokens.usedAt)),
    );
}

import { eq } from "drizzle-orm";
import {
  type EmailPreferences,
  EmailPreferencesSchema,
} from "~/utils/email-preferences-validation";
import { NOTICE_TOPICS } from "~/vocabulary/notifications";
import type { Executor } from "../../../db/client";
import { users } from "../../../db/schema";

/** The owner's delivery per topic, "immediate" where they never chose. */
export async function getEmailPreferences(db: Executor, userId: string): Promise<EmailPreferences> {
  const [row] = await db
    .select({ preferences: users.emailPreferences })
    .from(users)
    .where(eq(users.id, userId));
  const saved = row?.preferences ?? {};
  return Object.fromEntries(
    NOTICE_TOPICS.map((t) => [t, saved[t] ?? "immediate"]),
  ) as EmailPreferences;
}

/** Saves the owner's choices (parsed again here: the domain never trusts its caller). */
export async function setEmailPreferences(db: Executor, userId: string, input: EmailPreferences) {
  const preferences = EmailPreferencesSchema.parse(input);
  await db.update(users).set({ emailPreferences: preferences }).where(eq(users.id, userId));
}

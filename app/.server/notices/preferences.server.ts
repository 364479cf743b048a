import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  EMAIL_DELIVERIES,
  type EmailDelivery,
  NOTICE_TOPICS,
  type NoticeTopic,
} from "~/vocabulary/notifications";
import type { Executor } from "../../../db/client";
import { users } from "../../../db/schema";

export type EmailPreferences = Record<NoticeTopic, EmailDelivery>;

const delivery = z.enum(EMAIL_DELIVERIES);
/** One delivery per topic; the settings form and the domain share it. */
export const EmailPreferencesSchema = z.object({
  pairing: delivery,
  mentorship: delivery,
  reminder: delivery,
  account: delivery,
} satisfies Record<NoticeTopic, typeof delivery>);

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

export async function setEmailPreferences(db: Executor, userId: string, input: EmailPreferences) {
  const preferences = EmailPreferencesSchema.parse(input);
  await db.update(users).set({ emailPreferences: preferences }).where(eq(users.id, userId));
}

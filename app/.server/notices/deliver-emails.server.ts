import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { isLocale } from "~/utils/i18n";
import { type EmailDelivery, topicOf } from "~/vocabulary/notifications";
import type { Database, Executor } from "../../../db/client";
import { notifications, users } from "../../../db/schema";
import { enqueueEmail } from "../email/outbox.server";
import { composeNoticeEmail } from "./compose-email";

/** A burst is over once its newest notice is this old: then it goes out as one e-mail. */
export const QUIET_MS = 2 * 60_000;
/** ...but a steady trickle is not held back longer than this. */
export const MAX_DELAY_MS = 15 * 60_000;
/** The daily digest covers what came before this hour (UTC) and leaves at the first run after. */
export const DAILY_HOUR_UTC = 7;

export type DeliveryOptions = { now?: Date; linkOrigin?: string; quietMs?: number };

/** The last daily boundary at or before `now` (today's 07:00 UTC, or yesterday's). */
export function lastDailyBoundary(now: Date): Date {
  const boundary = new Date(now);
  boundary.setUTCHours(DAILY_HOUR_UTC, 0, 0, 0);
  if (boundary > now) boundary.setUTCDate(boundary.getUTCDate() - 1);
  return boundary;
}

/**
 * Turns pending notifications into e-mails: per recipient, what is due goes out as ONE e-mail in
 * their language (immediate topics once their burst is over, daily topics once a day); a notice
 * already read in the app, or of a topic turned off, is skipped. Each recipient's rows are locked
 * (SKIP LOCKED) and marked in the transaction that queues the e-mail, so a second instance or a
 * rerun sends nothing twice. Returns how many e-mails were queued.
 */
export async function deliverNotificationEmails(db: Database, options: DeliveryOptions = {}) {
  const now = options.now ?? new Date();
  await db
    .update(notifications)
    .set({ emailStatus: "skipped" })
    .where(and(eq(notifications.emailStatus, "pending"), isNotNull(notifications.readAt)));
  const waiting = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(eq(notifications.emailStatus, "pending"));
  let queued = 0;
  for (const { userId } of waiting) {
    const timing = { now, quietMs: options.quietMs ?? QUIET_MS };
    if (await deliverTo(db, userId, timing, options.linkOrigin ?? "")) queued += 1;
  }
  return queued;
}

async function deliverTo(
  db: Database,
  userId: string,
  { now, quietMs }: { now: Date; quietMs: number },
  origin: string,
) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, locale: users.locale, preferences: users.emailPreferences })
      .from(users)
      .where(eq(users.id, userId));
    const rows = await tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.emailStatus, "pending")))
      .orderBy(asc(notifications.createdAt), asc(notifications.id))
      .for("update", { skipLocked: true });
    if (!user || rows.length === 0) return false;
    const deliveryOf = (kind: string): EmailDelivery =>
      user.preferences[topicOf(kind)] ?? "immediate";
    const off = rows.filter((r) => deliveryOf(r.kind) === "off");
    const immediate = rows.filter((r) => deliveryOf(r.kind) === "immediate");
    const daily = rows.filter((r) => deliveryOf(r.kind) === "daily");
    const newest = immediate.at(-1)?.createdAt.getTime() ?? 0;
    const oldest = immediate[0]?.createdAt.getTime() ?? 0;
    const burstOver =
      immediate.length > 0 &&
      (now.getTime() - newest >= quietMs || now.getTime() - oldest >= MAX_DELAY_MS);
    const boundary = lastDailyBoundary(now);
    const dailyDue = daily.filter((r) => r.createdAt <= boundary);
    const due = [...(burstOver ? immediate : []), ...dailyDue].sort(
      (x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id - y.id,
    );
    await mark(tx, off, "skipped");
    if (due.length === 0) return false;
    const email = composeNoticeEmail(isLocale(user.locale) ? user.locale : "fr", due, {
      origin,
      daily: !burstOver,
    });
    await enqueueEmail(tx, { to: user.email, ...email });
    await mark(tx, due, "sent");
    return true;
  });
}

async function mark(tx: Executor, rows: { id: number }[], status: "sent" | "skipped") {
  if (rows.length === 0) return;
  await tx
    .update(notifications)
    .set({ emailStatus: status })
    .where(
      inArray(
        notifications.id,
        rows.map((r) => r.id),
      ),
    );
}

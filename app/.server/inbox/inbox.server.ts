import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../../db/client";
import { notifications } from "../../../db/schema";
import { markSubjectRead } from "../notices/notify.server";

export const INBOX_PAGE_SIZE = 20;

export const InboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

/** The owner's notifications, newest first, one page at a time, with the unread count. */
export async function listNotifications(db: Executor, userId: string, query: InboxQuery) {
  const [rows, [totals], unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(INBOX_PAGE_SIZE)
      .offset((query.page - 1) * INBOX_PAGE_SIZE),
    db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)),
    countUnread(db, userId),
  ]);
  const total = totals?.n ?? 0;
  return {
    rows,
    total,
    unread,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}

/** One COUNT on the (user_id, read_at) index: cheap enough for every page's header. */
export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * The header's unread count on the page at `path`. Opening the page a notice leads to reads it
 * (or acting on it: the action's revalidation lands here again), so those notices are marked
 * before counting. Marked here, in the root loader, and not in the page's loader: Remix runs
 * loaders side by side, and the header would show the old count until the next view.
 */
export async function countUnreadOnPage(
  db: Executor,
  userId: string,
  path: string,
): Promise<number> {
  await markSubjectRead(db, userId, path.length > 1 ? path.replace(/\/+$/, "") : path);
  return countUnread(db, userId);
}

/**
 * Marks one of the owner's notifications read and returns where it leads; null when the id is
 * not theirs (someone else's notification is neither touched nor revealed).
 */
export async function markNotificationRead(
  db: Executor,
  userId: string,
  id: number,
  now = new Date(),
): Promise<{ link: string | null } | null> {
  const [row] = await db
    .select({ link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) return null;
  if (!row.readAt) {
    await db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  }
  return { link: row.link };
}

/** Marks every unread notification of the owner read; returns how many changed. */
export async function markAllNotificationsRead(db: Executor, userId: string, now = new Date()) {
  const changed = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return changed.length;
}

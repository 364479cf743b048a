import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { notifications } from "../../../db/schema";

export type Notice = {
  userId: string;
  kind: string;
  payload: Record<string, string | number | null>;
  link: string | null;
};

/**
 * Writes notices in the caller's transaction, so nothing is announced that did not commit. The
 * e-mail follows from the row (deliver-emails), never from here. One notice per user per event:
 * a recipient listed twice is told once.
 */
export async function notify(
  tx: Executor,
  notices: readonly Notice[],
  actorUserId?: string | null,
) {
  const seen = new Set<string>();
  const rows = notices.filter((n) => {
    if (n.userId === actorUserId || seen.has(n.userId)) return false;
    seen.add(n.userId);
    return true;
  });
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}

/**
 * Opening (or acting on) the page a notice leads to reads it: every unread notice of the owner's
 * with that link is marked read.
 */
export async function markSubjectRead(
  db: Executor,
  userId: string,
  link: string,
  now = new Date(),
) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.link, link),
        isNull(notifications.readAt),
      ),
    );
}

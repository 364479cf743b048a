import { and, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipRequests, people, users } from "../../../db/schema";

export type ContactDetails = { email: string | null; phone: string | null };

/** Whether an accepted mentorship (under way or ended) links these two people, either way round. */
export async function haveAcceptedMentorship(db: Executor, a: string, b: string) {
  if (a === b) return false;
  const r = mentorshipRequests;
  const [row] = await db
    .select({ id: r.id })
    .from(r)
    .where(
      and(
        inArray(r.status, ["accepted", "ended"]),
        or(and(eq(r.studentId, a), eq(r.mentorId, b)), and(eq(r.studentId, b), eq(r.mentorId, a))),
      ),
    )
    .limit(1);
  return !!row;
}

/** The person's contact details (profile e-mail, else the account's; phone), unconditionally. */
export async function loadContact(db: Executor, personId: string): Promise<ContactDetails | null> {
  const [row] = await db
    .select({ email: people.email, phone: people.phone, accountEmail: users.email })
    .from(people)
    .leftJoin(users, eq(users.id, people.userId))
    .where(eq(people.id, personId));
  if (!row) return null;
  return { email: row.email ?? row.accountEmail ?? null, phone: row.phone };
}

/**
 * The contact details a viewer may see of a person: only once a mentorship between them was
 * accepted (it stays so after it ended: they have met); null otherwise, so a loader never sends
 * them before that.
 */
export async function contactVisibleTo(
  db: Executor,
  viewerPersonId: string | null | undefined,
  personId: string,
): Promise<ContactDetails | null> {
  if (!viewerPersonId || !(await haveAcceptedMentorship(db, viewerPersonId, personId))) {
    return null;
  }
  return loadContact(db, personId);
}

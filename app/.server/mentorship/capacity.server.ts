import { and, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipRequests, people } from "../../../db/schema";
import type { ActiveMenteesLoader } from "../matching";

/** How many accepted mentees each of these people has (absent = 0). */
export async function countActiveMentees(
  db: Executor,
  personIds: string[],
): Promise<Map<string, number>> {
  const result = new Map(personIds.map((id) => [id, 0]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ mentorId: mentorshipRequests.mentorId, n: count() })
    .from(mentorshipRequests)
    .where(
      and(
        inArray(mentorshipRequests.mentorId, personIds),
        eq(mentorshipRequests.status, "accepted"),
      ),
    )
    .groupBy(mentorshipRequests.mentorId);
  for (const r of rows) result.set(r.mentorId, r.n);
  return result;
}

/** The loader suggestMentors takes: capacity left is mentoringCapacity minus accepted requests. */
export function activeMenteesLoader(db: Executor): ActiveMenteesLoader {
  return (personIds) => countActiveMentees(db, personIds);
}

/**
 * The mentor's row locked for the rest of the transaction, and the slots already taken: two
 * accepts for the same mentor run one after the other, and the second counts the first.
 */
export async function lockMentorCapacity(tx: Executor, mentorId: string) {
  const [mentor] = await tx
    .select({ capacity: people.mentoringCapacity })
    .from(people)
    .where(eq(people.id, mentorId))
    .for("update");
  const taken = (await countActiveMentees(tx, [mentorId])).get(mentorId) ?? 0;
  return { capacity: mentor?.capacity ?? 0, taken };
}

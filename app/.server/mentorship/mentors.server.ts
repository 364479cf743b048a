import { eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type Person, people } from "../../../db/schema";
import { countActiveMentees } from "./capacity.server";

export type MentorAvailability =
  | "open"
  | "not_a_mentor"
  | "unreachable"
  | "paused"
  | "capacity_full";

/**
 * Whether a student may ask this person now: a listed expert or researcher (verified, not hidden)
 * with an account to answer from, mentoring open, and a free slot.
 */
export async function mentorAvailability(
  db: Executor,
  mentor: Pick<
    Person,
    | "id"
    | "kind"
    | "verification"
    | "visibility"
    | "userId"
    | "mentoringStatus"
    | "mentoringCapacity"
  >,
): Promise<MentorAvailability> {
  if (
    mentor.kind === "student" ||
    mentor.verification !== "verified" ||
    mentor.visibility === "hidden"
  ) {
    return "not_a_mentor";
  }
  if (!mentor.userId) return "unreachable";
  if (mentor.mentoringStatus !== "open") return "paused";
  const taken = (await countActiveMentees(db, [mentor.id])).get(mentor.id) ?? 0;
  return taken >= mentor.mentoringCapacity ? "capacity_full" : "open";
}

export async function findPersonBySlug(db: Executor, slug: string) {
  const [row] = await db.select().from(people).where(eq(people.slug, slug)).limit(1);
  return row ?? null;
}

export async function findPersonById(db: Executor, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id)).limit(1);
  return row ?? null;
}

import {
  type MentorshipRequestInput,
  MentorshipRequestSchema,
} from "~/utils/mentorship-validation";
import type { Executor } from "../../../db/client";
import { mentorshipEvents, mentorshipRequests } from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError, type DomainErrorCode } from "../domain-error";
import { turnDeadline } from "./access";
import { findPersonById, type MentorAvailability, mentorAvailability } from "./mentors.server";
import { notifyMentorship } from "./notify.server";

export type CommandOptions = { now?: Date; linkOrigin?: string };

const REFUSAL = {
  not_a_mentor: "mentor_unavailable",
  unreachable: "mentor_unreachable",
  paused: "mentoring_paused",
  capacity_full: "capacity_full",
} as const satisfies Record<Exclude<MentorAvailability, "open">, DomainErrorCode>;

/** The student the actor is, or a refusal: only students ask for mentoring. */
export async function requireStudent(db: Executor, actor: Actor) {
  const student = actor.personId ? await findPersonById(db, actor.personId) : null;
  if (student?.kind !== "student")
    throw new DomainError("not_a_student", "mentorship.error.not_a_student");
  return student;
}

/**
 * A student asks a mentor. The mentor must be listed, reachable, open to mentoring with a free
 * slot (checked again, under lock, when they accept), and not already asked by this student.
 */
export async function createMentorshipRequest(
  db: Executor,
  actor: Actor,
  mentorId: string,
  raw: MentorshipRequestInput,
  options: CommandOptions = {},
): Promise<{ requestId: string }> {
  const parsed = MentorshipRequestSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", "mentorship.error.invalid_input");
  const student = await requireStudent(db, actor);
  if (student.id === mentorId)
    throw new DomainError("self_request", "mentorship.error.self_request");
  const mentor = await findPersonById(db, mentorId);
  if (!mentor) throw new DomainError("mentor_unavailable", "mentorship.error.mentor_unavailable");
  const availability = await mentorAvailability(db, mentor);
  if (availability !== "open") {
    const code = REFUSAL[availability];
    throw new DomainError(code, `mentorship.error.${code}`);
  }
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(mentorshipRequests)
      .values({
        studentId: student.id,
        mentorId: mentor.id,
        goal: parsed.data.goal,
        message: parsed.data.message,
        createdAt: now,
        updatedAt: now,
        expiresAt: turnDeadline(now),
      })
      .onConflictDoNothing()
      .returning({ id: mentorshipRequests.id });
    // The partial unique index: an open request or a mentorship between them already exists.
    if (!created) throw new DomainError("already_open", "mentorship.error.already_open");
    await tx.insert(mentorshipEvents).values({
      requestId: created.id,
      actorUserId: actor.userId,
      kind: "requested",
      toStatus: "pending",
      body: parsed.data.message,
      createdAt: now,
    });
    await notifyMentorship(tx, {
      kind: "requested",
      recipientPersonId: mentor.id,
      requestId: created.id,
      student: student.fullName,
      mentor: mentor.fullName,
      linkOrigin: options.linkOrigin,
    });
    return { requestId: created.id };
  });
}

import { MENTORSHIP_STATUSES, type MentorshipStatus } from "../../../db/schema";

/** Who makes a move: the mentor, the student, or the expiry job. */
export type MoveBy = "mentor" | "student" | "system";

/**
 * The workflow, as data: from each status, the statuses it may move to and who may move it. The
 * mentor answers a pending request (or one where they asked a question); the student answers a
 * question or withdraws while the request waits; the job expires what waited too long. Either
 * party ends an accepted mentorship, which frees the mentor's place. Declined, withdrawn, expired
 * and ended are final.
 */
export const MENTORSHIP_TRANSITIONS: Readonly<
  Record<MentorshipStatus, Readonly<Partial<Record<MentorshipStatus, readonly MoveBy[]>>>>
> = {
  pending: {
    accepted: ["mentor"],
    declined: ["mentor"],
    more_info: ["mentor"],
    withdrawn: ["student"],
    expired: ["system"],
  },
  more_info: {
    pending: ["student"],
    accepted: ["mentor"],
    declined: ["mentor"],
    withdrawn: ["student"],
    expired: ["system"],
  },
  accepted: { ended: ["mentor", "student"] },
  declined: {},
  withdrawn: {},
  expired: {},
  ended: {},
};

/** Statuses in which the request still waits for someone's answer (and can expire). */
export const OPEN_STATUSES: readonly MentorshipStatus[] = ["pending", "more_info"];

/** An open request, or a mentorship under way: one per student and mentor at a time. */
export const ACTIVE_STATUSES: readonly MentorshipStatus[] = ["pending", "more_info", "accepted"];

export function isOpen(status: MentorshipStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canMove(from: MentorshipStatus, to: MentorshipStatus, by: MoveBy): boolean {
  return MENTORSHIP_TRANSITIONS[from][to]?.includes(by) ?? false;
}

/** The moves a party may make from a status (for the detail page's buttons). */
export function movesFor(from: MentorshipStatus, by: MoveBy): MentorshipStatus[] {
  return MENTORSHIP_STATUSES.filter((to) => canMove(from, to, by));
}

/** Whose turn it is in an open request (who gets the reminder), or null when closed. */
export function turnOf(status: MentorshipStatus): "mentor" | "student" | null {
  if (status === "pending") return "mentor";
  if (status === "more_info") return "student";
  return null;
}

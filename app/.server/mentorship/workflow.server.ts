import { eq } from "drizzle-orm";
import { type MentorshipAction, MentorshipActionSchema } from "~/utils/mentorship-validation";
import type { Executor } from "../../../db/client";
import {
  MENTORSHIP_STATUSES,
  type MentorshipEventKind,
  type MentorshipStatus,
  mentorshipEvents,
  mentorshipRequests,
  people,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { canViewRequest, type Party, partyOf, turnDeadline } from "./access";
import { lockMentorCapacity } from "./capacity.server";
import type { CommandOptions } from "./create.server";
import { type MentorshipNoticeKind, notifyMentorship } from "./notify.server";
import { canMove, isOpen } from "./transitions";

type Move = { to: MentorshipStatus; event: MentorshipEventKind; notice: MentorshipNoticeKind };

const MOVES: Record<MentorshipAction["intent"], Move> = {
  accept: { to: "accepted", event: "accepted", notice: "accepted" },
  decline: { to: "declined", event: "declined", notice: "declined" },
  ask: { to: "more_info", event: "question", notice: "more_info" },
  answer: { to: "pending", event: "answer", notice: "answered" },
  withdraw: { to: "withdrawn", event: "withdrawn", notice: "withdrawn" },
  end: { to: "ended", event: "ended", notice: "ended" },
};

function bodyOf(action: MentorshipAction): string {
  if (action.intent === "decline") return action.reason;
  if (action.intent === "ask") return action.question;
  if (action.intent === "answer") return action.answer;
  return "";
}

/** The request locked for the rest of the transaction, if the actor may see it. */
async function lockVisibleRequest(tx: Executor, actor: Actor, requestId: string) {
  const [request] = await tx
    .select()
    .from(mentorshipRequests)
    .where(eq(mentorshipRequests.id, requestId))
    .for("update");
  if (!request || !canViewRequest(actor, request))
    throw new DomainError("not_found", "mentorship.error.not_found");
  return request;
}

/**
 * A party acts on a request: the mentor accepts, declines (with a reason) or asks a question; the
 * student answers or withdraws; either ends an accepted mentorship. Accepting locks the mentor's row and counts their mentees inside
 * the transaction, so two accepts cannot both take the last slot. Asking and answering start a
 * new 14-day turn for the other party.
 */
export async function actOnMentorshipRequest(
  db: Executor,
  actor: Actor,
  requestId: string,
  raw: MentorshipAction,
  options: CommandOptions = {},
): Promise<{ requestId: string; status: MentorshipStatus }> {
  const parsed = MentorshipActionSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", "mentorship.error.invalid_input");
  const action = parsed.data;
  const move = MOVES[action.intent];
  return db.transaction(async (tx) => {
    const request = await lockVisibleRequest(tx, actor, requestId);
    const party = partyOf(actor, request);
    if (!party) throw new DomainError("forbidden", "mentorship.error.forbidden");
    if (!canMove(request.status, move.to, party)) {
      // Not theirs to make at all, or no longer possible in this status.
      const theirs = MENTORSHIP_STATUSES.some((from) => canMove(from, move.to, party));
      throw theirs
        ? new DomainError("invalid_transition", "mentorship.error.invalid_transition")
        : new DomainError("forbidden", "mentorship.error.forbidden");
    }
    if (move.to === "accepted") {
      const { capacity, taken } = await lockMentorCapacity(tx, request.mentorId);
      if (taken >= capacity)
        throw new DomainError("capacity_full", "mentorship.error.capacity_full");
    }
    const now = options.now ?? new Date();
    const newTurn = move.to === "more_info" || move.to === "pending";
    await tx
      .update(mentorshipRequests)
      .set({
        status: move.to,
        declineReason: action.intent === "decline" ? action.reason : null,
        respondedAt: party === "mentor" ? (request.respondedAt ?? now) : request.respondedAt,
        expiresAt: newTurn ? turnDeadline(now) : request.expiresAt,
        reminderSentAt: newTurn ? null : request.reminderSentAt,
        closedAt: isOpen(move.to) ? null : (request.closedAt ?? now),
        updatedAt: now,
      })
      .where(eq(mentorshipRequests.id, request.id));
    await tx.insert(mentorshipEvents).values({
      requestId: request.id,
      actorUserId: actor.userId,
      kind: move.event,
      fromStatus: request.status,
      toStatus: move.to,
      body: bodyOf(action),
      createdAt: now,
    });
    await notifyOther(tx, request, party, move.notice, options);
    return { requestId: request.id, status: move.to };
  });
}

async function notifyOther(
  tx: Executor,
  request: { id: string; studentId: string; mentorId: string },
  party: Party,
  kind: MentorshipNoticeKind,
  options: CommandOptions,
) {
  const names = await partyNames(tx, request);
  await notifyMentorship(tx, {
    kind,
    recipientPersonId: party === "mentor" ? request.studentId : request.mentorId,
    requestId: request.id,
    ...names,
    linkOrigin: options.linkOrigin,
  });
}

export async function partyNames(tx: Executor, request: { studentId: string; mentorId: string }) {
  const name = async (id: string) =>
    (await tx.select({ name: people.fullName }).from(people).where(eq(people.id, id)))[0]?.name ??
    "—";
  return { student: await name(request.studentId), mentor: await name(request.mentorId) };
}

import { and, asc, count, desc, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../../db/client";
import {
  type MentorshipStatus,
  mentorshipEvents,
  mentorshipRequests,
  people,
} from "../../../db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../domain-error";
import { canViewRequest, partyOf } from "./access";
import { countActiveMentees } from "./capacity.server";
import { loadContact } from "./contact.server";
import { MentorshipFiltersSchema } from "./schemas";
import { movesFor, turnOf } from "./transitions";

const student = alias(people, "student");
const mentor = alias(people, "mentor");
const r = mentorshipRequests;

const summaryColumns = {
  id: r.id,
  status: r.status,
  goal: r.goal,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  expiresAt: r.expiresAt,
  studentId: r.studentId,
  mentorId: r.mentorId,
  studentName: student.fullName,
  studentSlug: student.slug,
  mentorName: mentor.fullName,
  mentorSlug: mentor.slug,
};

function withParties() {
  return {
    from: <T extends Executor>(db: T) =>
      db
        .select(summaryColumns)
        .from(r)
        .innerJoin(student, eq(student.id, r.studentId))
        .innerJoin(mentor, eq(mentor.id, r.mentorId)),
  };
}

const BY_STUDENT = new Set(["requested", "answer", "withdrawn"]);
const BY_MENTOR = new Set(["accepted", "declined", "question"]);

/** Who made a move, from its kind, when the event's account is gone (or it was imported). */
function partyNameOf(kind: string, row: { studentName: string; mentorName: string }) {
  if (BY_STUDENT.has(kind)) return row.studentName;
  if (BY_MENTOR.has(kind)) return row.mentorName;
  return null;
}

/** Requests waiting for this person: pending ones they received, questions asked to them. */
export async function countWaitingForAction(db: Executor, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(r)
    .where(
      or(
        and(eq(r.mentorId, personId), eq(r.status, "pending")),
        and(eq(r.studentId, personId), eq(r.status, "more_info")),
      ),
    );
  return row?.n ?? 0;
}

/** The actor's requests: sent as a student, received as a mentor, optionally by status. */
export async function listMentorshipRequests(
  db: Executor,
  actor: Actor,
  rawFilters: { status?: string } = {},
) {
  const filters = MentorshipFiltersSchema.parse(rawFilters);
  const personId = actor.personId;
  if (!personId) return { sent: [], received: [], waiting: 0, capacity: null };
  const byStatus = filters.status ? eq(r.status, filters.status) : undefined;
  const [sent, received, [me], waiting] = await Promise.all([
    withParties()
      .from(db)
      .where(and(eq(r.studentId, personId), byStatus))
      .orderBy(desc(r.updatedAt)),
    withParties()
      .from(db)
      .where(and(eq(r.mentorId, personId), byStatus))
      .orderBy(desc(r.updatedAt)),
    db
      .select({
        kind: people.kind,
        capacity: people.mentoringCapacity,
        status: people.mentoringStatus,
      })
      .from(people)
      .where(eq(people.id, personId)),
    countWaitingForAction(db, personId),
  ]);
  const mark = (row: (typeof sent)[number]) => ({
    ...row,
    waitingForMe: turnOf(row.status) === partyOf(actor, row),
  });
  const capacity =
    me && me.kind !== "student"
      ? {
          used: (await countActiveMentees(db, [personId])).get(personId) ?? 0,
          total: me.capacity,
          open: me.status === "open",
        }
      : null;
  return { sent: sent.map(mark), received: received.map(mark), waiting, capacity };
}

/**
 * One request with its history and what the actor may do; "not found" unless the actor is one of
 * the two parties or staff (who only read). Contact details only to the parties, once accepted.
 */
export async function getMentorshipRequest(db: Executor, actor: Actor, id: string) {
  const [row] = await withParties().from(db).where(eq(r.id, id));
  if (!row || !canViewRequest(actor, row))
    throw new DomainError("not_found", "mentorship.error.not_found");
  const [[details], events] = await Promise.all([
    db
      .select({ message: r.message, declineReason: r.declineReason, respondedAt: r.respondedAt })
      .from(r)
      .where(eq(r.id, id)),
    db
      .select({
        id: mentorshipEvents.id,
        kind: mentorshipEvents.kind,
        body: mentorshipEvents.body,
        createdAt: mentorshipEvents.createdAt,
        actorName: people.fullName,
      })
      .from(mentorshipEvents)
      .leftJoin(people, eq(people.userId, mentorshipEvents.actorUserId))
      .where(eq(mentorshipEvents.requestId, id))
      .orderBy(asc(mentorshipEvents.createdAt), asc(mentorshipEvents.id)),
  ]);
  const party = partyOf(actor, row);
  const other = party === "student" ? row.mentorId : row.studentId;
  const contact =
    party && (row.status === "accepted" || row.status === "ended")
      ? await loadContact(db, other)
      : null;
  return {
    ...row,
    ...details!,
    events: events.map((e) => ({ ...e, actorName: e.actorName ?? partyNameOf(e.kind, row) })),
    party,
    moves: party ? movesFor(row.status, party) : ([] as MentorshipStatus[]),
    contact,
  };
}

export type MentorshipRequestDetail = Awaited<ReturnType<typeof getMentorshipRequest>>;

import { aliasedTable, and, asc, eq } from "drizzle-orm";
import type { Database } from "../../../../db/client";
import {
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  people,
} from "../../../../db/schema";
import type { Actor } from "../../actor";
import { requireEventOrganiser } from "../access.server";
import type { UnplacedReason } from "../planner";
import { loadMeetingBlocks, slotsOfBlock } from "./plan-input.server";

type Place = { sessionId: string; slotIndex: number; tableNumber: number } | null;

const placeOf = (
  sessionId: string | null,
  slotIndex: number | null,
  table: number | null,
): Place =>
  sessionId !== null && slotIndex !== null && table !== null
    ? { sessionId, slotIndex, tableNumber: table }
    : null;

/** What the organiser's plan page shows: the blocks as grids, every meeting and its places. */
export async function getPlanView(db: Database, actor: Actor, slug: string) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const blocks = await loadMeetingBlocks(db, event.id);
  const fromReg = aliasedTable(eventRegistrations, "from_reg");
  const toReg = aliasedTable(eventRegistrations, "to_reg");
  const fromPerson = aliasedTable(people, "from_person");
  const toPerson = aliasedTable(people, "to_person");
  const rows = await db
    .select({
      id: eventMeetings.id,
      fromName: fromPerson.fullName,
      toName: toPerson.fullName,
      mustMeet: eventMeetingRequests.mustMeet,
      locked: eventMeetings.locked,
      sessionId: eventMeetings.sessionId,
      slotIndex: eventMeetings.slotIndex,
      tableNumber: eventMeetings.tableNumber,
      publishedSessionId: eventMeetings.publishedSessionId,
      publishedSlotIndex: eventMeetings.publishedSlotIndex,
      publishedTableNumber: eventMeetings.publishedTableNumber,
      unplacedReason: eventMeetings.unplacedReason,
    })
    .from(eventMeetings)
    .innerJoin(eventMeetingRequests, eq(eventMeetingRequests.id, eventMeetings.requestId))
    .innerJoin(fromReg, eq(fromReg.id, eventMeetingRequests.fromRegistrationId))
    .innerJoin(toReg, eq(toReg.id, eventMeetingRequests.toRegistrationId))
    .innerJoin(fromPerson, eq(fromPerson.id, fromReg.personId))
    .innerJoin(toPerson, eq(toPerson.id, toReg.personId))
    .where(and(eq(eventMeetings.eventId, event.id), eq(eventMeetingRequests.status, "accepted")))
    .orderBy(asc(fromPerson.fullName), asc(toPerson.fullName));
  const meetings = rows.map((r) => {
    const draft = placeOf(r.sessionId, r.slotIndex, r.tableNumber);
    const published = placeOf(r.publishedSessionId, r.publishedSlotIndex, r.publishedTableNumber);
    return {
      id: r.id,
      fromName: r.fromName,
      toName: r.toName,
      mustMeet: r.mustMeet,
      locked: r.locked,
      draft,
      published,
      changed: JSON.stringify(draft) !== JSON.stringify(published),
      unplacedReason: draft ? null : ((r.unplacedReason as UnplacedReason | null) ?? null),
    };
  });
  return {
    event: {
      slug: event.slug,
      title: event.titleFr,
      titleEn: event.titleEn,
      titleAr: event.titleAr,
      timeZone: event.timeZone,
    },
    blocks: blocks.map((b) => ({
      id: b.id,
      title: b.titleFr,
      titleEn: b.titleEn,
      titleAr: b.titleAr,
      room: b.room,
      tables: b.tables ?? 0,
      slots: slotsOfBlock(b).map((s) => ({ index: s.slotIndex, startsAt: s.startsAt })),
    })),
    meetings,
    unpublishedChanges: meetings.filter((m) => m.changed).length,
  };
}

export type PlanView = Awaited<ReturnType<typeof getPlanView>>;

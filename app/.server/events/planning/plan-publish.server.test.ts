import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventAvailability,
  eventMeetings,
  eventRegistrations,
  notifications,
} from "../../../../db/schema";
import { createTestContext, type TestContext } from "../../../../tests/setup/test-context";
import { setMeetingLock } from "./lock-meeting.server";
import { getPlanView } from "./plan-view.server";
import { publishEventPlan } from "./publish-plan.server";
import { planEventMeetings } from "./run-planner.server";
import { buildPlanWorld } from "./test-world";

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildPlanWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPlanWorld(ctx.db, { tables: 2, participants: 4 });
});
afterAll(() => ctx.cleanup());

const refused = (code: string) => expect.objectContaining({ name: "DomainError", code });
const slug = "mc-test";

async function meetingRows() {
  return ctx.db.select().from(eventMeetings).where(eq(eventMeetings.eventId, w.event.id));
}
async function noticesOf(userId: string) {
  return ctx.db
    .select({ kind: notifications.kind, payload: notifications.payload })
    .from(notifications)
    .where(eq(notifications.userId, userId));
}

describe("planning an event's meetings, then publishing", () => {
  it("is for coordinators and the event's organisers: anyone else finds no such page", async () => {
    await expect(planEventMeetings(ctx.db, w.outsider, slug)).rejects.toEqual(refused("not_found"));
    await expect(getPlanView(ctx.db, w.people[0]!, slug)).rejects.toEqual(refused("not_found"));
    await expect(publishEventPlan(ctx.db, w.outsider, slug)).rejects.toEqual(refused("not_found"));
  });

  it("places every accepted meeting in a draft place, tells nobody, then publish tells both sides", async () => {
    // Amina meets Bart and Chloé; Chloé meets Driss: 3 meetings, 2 tables, 4 slots.
    await w.accept(0, 1, true);
    await w.accept(0, 2);
    await w.accept(2, 3);
    const run = await planEventMeetings(ctx.db, w.organiser, slug);
    expect(run).toMatchObject({ placed: 3, unplaced: 0 });

    const rows = await meetingRows();
    expect(rows).toHaveLength(3);
    // Nobody in two places: Amina's two meetings and Chloé's two are in different slots.
    const slotsOf = (reg: string, all: typeof rows, requests: Map<string, string[]>) =>
      all.filter((r) => requests.get(r.requestId)!.includes(reg)).map((r) => r.slotIndex);
    const view = await getPlanView(ctx.db, w.coordinator, slug);
    expect(view.meetings.every((m) => m.draft && !m.published && m.changed)).toBe(true);
    expect(view.unpublishedChanges).toBe(3);
    const requests = new Map(
      (await ctx.db.query.eventMeetingRequests.findMany()).map((r) => [
        r.id,
        [r.fromRegistrationId, r.toRegistrationId],
      ]),
    );
    for (const reg of w.registrations) {
      const slots = slotsOf(reg, rows, requests);
      expect(new Set(slots).size).toBe(slots.length);
    }
    expect(await noticesOf(w.people[0]!.userId)).toEqual([]);

    const published = await publishEventPlan(ctx.db, w.coordinator, slug);
    expect(published).toEqual({
      "event.meeting_scheduled": 3,
      "event.meeting_moved": 0,
      "event.meeting_unscheduled": 0,
    });
    const after = await meetingRows();
    for (const r of after) {
      expect([r.publishedSessionId, r.publishedSlotIndex, r.publishedTableNumber]).toEqual([
        r.sessionId,
        r.slotIndex,
        r.tableNumber,
      ]);
    }
    // Amina has two meetings: two notices, each naming her counterpart and the table.
    const amina = await noticesOf(w.people[0]!.userId);
    expect(amina.map((n) => n.kind)).toEqual([
      "event.meeting_scheduled",
      "event.meeting_scheduled",
    ]);
    expect(amina.map((n) => (n.payload as { counterpart: string }).counterpart).sort()).toEqual([
      "Bart Peeters",
      "Chloé Martin",
    ]);
    expect((amina[0]!.payload as { time: string }).time).toMatch(/^2025-05-13 (09|10):\d\d$/);
    expect(await noticesOf(w.people[3]!.userId)).toHaveLength(1);

    // Publishing again changes nothing and tells nobody again.
    expect(await publishEventPlan(ctx.db, w.coordinator, slug)).toEqual({
      "event.meeting_scheduled": 0,
      "event.meeting_moved": 0,
      "event.meeting_unscheduled": 0,
    });
    expect(await noticesOf(w.people[0]!.userId)).toHaveLength(2);
  });

  it("re-planning keeps locked meetings exactly, and a publish tells only those whose place changed", async () => {
    const before = await meetingRows();
    const requests = new Map(
      (await ctx.db.query.eventMeetingRequests.findMany()).map((r) => [r.id, r]),
    );
    const isPair = (row: (typeof before)[number], a: number, b: number) => {
      const r = requests.get(row.requestId)!;
      return (
        r.fromRegistrationId === w.registrations[a] && r.toRegistrationId === w.registrations[b]
      );
    };
    const aminaBart = before.find((r) => isPair(r, 0, 1))!;
    const chloeDriss = before.find((r) => isPair(r, 2, 3))!;
    await setMeetingLock(ctx.db, w.coordinator, { slug, meetingId: aminaBart.id, locked: true });

    // Chloé and Driss can now meet only in the slot Amina–Bart is locked in; Chloé is free there.
    const lockedSlot = aminaBart.slotIndex!;
    await ctx.db.delete(eventAvailability).where(
      and(
        inArray(eventAvailability.registrationId, [w.registrations[3]!]),
        inArray(
          eventAvailability.slotIndex,
          [0, 1, 2, 3].filter((s) => s !== lockedSlot),
        ),
      ),
    );
    await planEventMeetings(ctx.db, w.coordinator, slug);
    const after = await meetingRows();
    const lockedAfter = after.find((r) => r.id === aminaBart.id)!;
    expect([lockedAfter.sessionId, lockedAfter.slotIndex, lockedAfter.tableNumber]).toEqual([
      aminaBart.sessionId,
      aminaBart.slotIndex,
      aminaBart.tableNumber,
    ]);
    expect(lockedAfter.locked).toBe(true);
    const movedDraft = after.find((r) => r.id === chloeDriss.id)!;
    expect(movedDraft.slotIndex).toBe(lockedSlot);
    // The other table of that slot: the locked one keeps its own.
    expect(movedDraft.tableNumber).not.toBe(aminaBart.tableNumber);

    const movedFromPublished = chloeDriss.slotIndex !== lockedSlot;
    const summary = await publishEventPlan(ctx.db, w.organiser, slug);
    expect(summary["event.meeting_moved"]).toBeGreaterThanOrEqual(movedFromPublished ? 1 : 0);
    const driss = await noticesOf(w.people[3]!.userId);
    expect(driss.at(-1)?.kind).toBe(
      movedFromPublished ? "event.meeting_moved" : "event.meeting_scheduled",
    );
    // Bart's locked meeting did not move: no new notice for him.
    expect(await noticesOf(w.people[1]!.userId)).toHaveLength(1);
  });

  it("says why a meeting cannot be placed, and refuses to lock it", async () => {
    // Bart and Driss: Driss is only free when Bart has his locked meeting.
    await w.accept(1, 3);
    await planEventMeetings(ctx.db, w.coordinator, slug);
    const view = await getPlanView(ctx.db, w.coordinator, slug);
    const unplaced = view.meetings.find((m) => !m.draft)!;
    expect(unplaced).toMatchObject({ fromName: "Bart Peeters", toName: "Driss Alaoui" });
    expect(unplaced.unplacedReason).toBe("participant_booked");
    await expect(
      setMeetingLock(ctx.db, w.coordinator, { slug, meetingId: unplaced.id, locked: true }),
    ).rejects.toEqual(refused("invalid_transition"));
    // A meeting of another event (or junk) is not found.
    await expect(
      setMeetingLock(ctx.db, w.coordinator, {
        slug,
        meetingId: "00000000-0000-4000-8000-000000000000",
        locked: true,
      }),
    ).rejects.toEqual(refused("not_found"));
  });

  it("leaves out the meetings of someone who cancelled their registration", async () => {
    await ctx.db
      .update(eventRegistrations)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(eventRegistrations.id, w.registrations[2]!));
    await planEventMeetings(ctx.db, w.coordinator, slug);
    const view = await getPlanView(ctx.db, w.coordinator, slug);
    const chloe = view.meetings.filter(
      (m) => m.fromName === "Chloé Martin" || m.toName === "Chloé Martin",
    );
    expect(chloe).toHaveLength(2);
    for (const m of chloe)
      expect(m).toMatchObject({ draft: null, unplacedReason: "no_common_slot" });
  });
});

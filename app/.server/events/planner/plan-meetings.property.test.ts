import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planMeetings } from "./plan-meetings";
import type { PlannerInput, PlannerMeeting, PlanResult, SlotRef } from "./types";

/** Random small events: 1–2 blocks of 1–4 slots, 1–3 tables, up to 6 people and 9 meetings. */
const instances = fc
  .record({
    blocks: fc.array(
      fc.record({ slots: fc.integer({ min: 1, max: 4 }), tables: fc.integer({ min: 1, max: 3 }) }),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    people: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ blocks, people }) => {
    const slots = blocks.flatMap((b, bi) =>
      Array.from({ length: b.slots }, (_, i) => ({
        sessionId: `b${bi}`,
        slotIndex: i,
        startsAt: bi * 86_400_000 + i * 1_200_000,
        tables: b.tables,
      })),
    );
    const refs: SlotRef[] = slots.map(({ sessionId, slotIndex }) => ({ sessionId, slotIndex }));
    const ids = Array.from({ length: people }, (_, i) => `r${i}`);
    const meeting = fc
      .record({
        a: fc.integer({ min: 0, max: people - 1 }),
        shift: fc.integer({ min: 1, max: people - 1 }),
        mustMeet: fc.boolean(),
        locked: fc.option(
          fc.record({
            sessionId: fc.constantFrom("b0", "b1", "gone"),
            slotIndex: fc.integer({ min: 0, max: 4 }),
            tableNumber: fc.integer({ min: 1, max: 3 }),
          }),
          { freq: 4 },
        ),
      })
      .map(({ a, shift, mustMeet, locked }) => ({
        from: ids[a]!,
        to: ids[(a + shift) % people]!,
        mustMeet,
        locked,
      }));
    return fc
      .record({
        slots: fc.constant(slots),
        availability: fc.tuple(...ids.map(() => fc.subarray(refs))),
        meetings: fc.array(meeting, { maxLength: 9 }),
      })
      .map(
        ({ slots, availability, meetings }): PlannerInput => ({
          slots,
          availability: new Map(ids.map((id, i) => [id, availability[i]!])),
          meetings: meetings.map((m, i): PlannerMeeting => ({ id: `m${i}`, ...m })),
        }),
      );
  });

const key = (r: SlotRef) => `${r.sessionId}#${r.slotIndex}`;

function commonSlots(input: PlannerInput, m: PlannerMeeting) {
  const other = new Set((input.availability.get(m.to) ?? []).map(key));
  return (input.availability.get(m.from) ?? []).map(key).filter((k) => other.has(k));
}

/** The hard constraints, checked from scratch on the planner's answer. */
function checkPlan(input: PlannerInput, result: PlanResult) {
  const slots = new Map(input.slots.map((s) => [key(s), s]));
  const tables = new Set<string>();
  const people = new Set<string>();
  for (const m of input.meetings) {
    const place = result.places.get(m.id);
    // Every meeting: a place or a reason, never both.
    expect(Boolean(place) !== result.unplaced.has(m.id)).toBe(true);
    if (m.locked) {
      // Locked: exactly where it was, or refused because that place is gone or contested.
      if (place) expect(place).toEqual(m.locked);
      else expect(["locked_place_gone", "locked_conflict"]).toContain(result.unplaced.get(m.id));
    }
    if (!place) continue;
    const slot = slots.get(key(place));
    expect(slot).toBeDefined();
    expect(place.tableNumber).toBeGreaterThanOrEqual(1);
    expect(place.tableNumber).toBeLessThanOrEqual(slot!.tables);
    const table = `${key(place)}:${place.tableNumber}`;
    expect(tables.has(table)).toBe(false);
    tables.add(table);
    for (const person of [m.from, m.to]) {
      expect(people.has(`${person}@${key(place)}`)).toBe(false);
      people.add(`${person}@${key(place)}`);
    }
    if (!m.locked) expect(commonSlots(input, m)).toContain(key(place));
  }
  // The reasons tell the truth about the final plan.
  for (const m of input.meetings) {
    const reason = result.unplaced.get(m.id);
    if (!reason || m.locked) continue;
    const common = commonSlots(input, m);
    if (reason === "no_common_slot") expect(common).toEqual([]);
    else {
      expect(common.length).toBeGreaterThan(0);
      for (const c of common) {
        const bothFree = !people.has(`${m.from}@${c}`) && !people.has(`${m.to}@${c}`);
        const used = [...tables].filter((t) => t.startsWith(`${c}:`)).length;
        // Never left out while it fits somewhere.
        expect(bothFree && used < slots.get(c)!.tables).toBe(false);
        if (reason === "participant_booked") expect(bothFree).toBe(false);
      }
      if (reason === "tables_full") {
        expect(
          common.some((c) => !people.has(`${m.from}@${c}`) && !people.has(`${m.to}@${c}`)),
        ).toBe(true);
      }
    }
  }
}

/**
 * The best plan by trying every choice (tiny instances only): most must-meet meetings, then most
 * meetings, as [must-meet, all] placed.
 */
function bruteForceBest(input: PlannerInput, result: PlanResult) {
  const fixed = input.meetings.filter((m) => m.locked && result.places.has(m.id));
  const open = input.meetings.filter((m) => !m.locked);
  const slotsCap = new Map(input.slots.map((s) => [key(s), s.tables]));
  const busy = new Set<string>();
  const used = new Map<string, number>();
  for (const m of fixed) {
    const k = key(m.locked!);
    busy.add(`${m.from}@${k}`).add(`${m.to}@${k}`);
    used.set(k, (used.get(k) ?? 0) + 1);
  }
  const better = (a: number[], b: number[]) => a[0]! > b[0]! || (a[0] === b[0] && a[1]! > b[1]!);
  let best = [0, 0];
  const go = (i: number, must: number, placed: number) => {
    if (i === open.length) {
      if (better([must, placed], best)) best = [must, placed];
      return;
    }
    const m = open[i]!;
    for (const c of commonSlots(input, m)) {
      if (busy.has(`${m.from}@${c}`) || busy.has(`${m.to}@${c}`)) continue;
      if ((used.get(c) ?? 0) >= slotsCap.get(c)!) continue;
      busy.add(`${m.from}@${c}`).add(`${m.to}@${c}`);
      used.set(c, (used.get(c) ?? 0) + 1);
      go(i + 1, must + Number(m.mustMeet), placed + 1);
      busy.delete(`${m.from}@${c}`);
      busy.delete(`${m.to}@${c}`);
      used.set(c, used.get(c)! - 1);
    }
    go(i + 1, must, placed);
  };
  go(0, 0, 0);
  const fixedMust = fixed.filter((m) => m.mustMeet).length;
  return [best[0]! + fixedMust, best[1]! + fixed.length];
}

describe("meeting planner on random events", () => {
  it("keeps every hard constraint, keeps locks, explains every unplaced meeting, and places as many as possible", async () => {
    await fc.assert(
      fc.asyncProperty(instances, async (input) => {
        const result = await planMeetings(input, { timeLimitSeconds: 5 });
        checkPlan(input, result);
        // The MILP is never worse than greedy, and on these sizes it is the true optimum.
        const { greedy, placed, mustMeetPlaced } = result.stats;
        expect(placed).toBeGreaterThanOrEqual(greedy.placed);
        expect(mustMeetPlaced).toBeGreaterThanOrEqual(greedy.mustMeetPlaced);
        expect([mustMeetPlaced, placed]).toEqual(bruteForceBest(input, result));
      }),
      { numRuns: 120 },
    );
  });

  it("the greedy fallback alone keeps the same hard constraints", async () => {
    await fc.assert(
      fc.asyncProperty(instances, async (input) => {
        const result = await planMeetings(input, { milp: false });
        expect(result.stats.method).toBe("greedy");
        checkPlan(input, result);
      }),
      { numRuns: 120 },
    );
  });
});

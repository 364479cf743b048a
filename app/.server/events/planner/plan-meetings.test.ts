import { describe, expect, it } from "vitest";
import { planMeetings } from "./plan-meetings";
import type { PlannerInput, PlannerMeeting, PlannerSlot } from "./types";

/** Day 1's block: 9:00, 9:20, 9:40, 10:00 … with `tables` tables. */
function block(slots: number, tables: number, sessionId = "day1"): PlannerSlot[] {
  return Array.from({ length: slots }, (_, i) => ({
    sessionId,
    slotIndex: i,
    startsAt: Date.UTC(2025, 4, 13, 9) + i * 20 * 60_000,
    tables,
  }));
}
const at = (...indexes: number[]) => indexes.map((slotIndex) => ({ sessionId: "day1", slotIndex }));
const meeting = (id: string, from: string, to: string, extra: Partial<PlannerMeeting> = {}) => ({
  id,
  from,
  to,
  mustMeet: false,
  locked: null,
  ...extra,
});
const event = (
  slots: PlannerSlot[],
  availability: Record<string, ReturnType<typeof at>>,
  meetings: PlannerMeeting[],
): PlannerInput => ({ slots, meetings, availability: new Map(Object.entries(availability)) });

describe("meeting planner", () => {
  it("puts two people at the only slot both are free, at table 1", async () => {
    const result = await planMeetings(
      event(block(4, 2), { amina: at(0, 2), bart: at(2, 3) }, [meeting("m1", "amina", "bart")]),
    );
    expect(result.places.get("m1")).toEqual({ sessionId: "day1", slotIndex: 2, tableNumber: 1 });
    expect(result.unplaced.size).toBe(0);
  });

  it("never puts someone in two places: a third meeting with two common slots stays out", async () => {
    const result = await planMeetings(
      event(block(2, 5), { amina: at(0, 1), bart: at(0, 1), chloe: at(0, 1), driss: at(0, 1) }, [
        meeting("m1", "amina", "bart"),
        meeting("m2", "amina", "chloe"),
        meeting("m3", "amina", "driss"),
      ]),
    );
    expect(result.places.size).toBe(2);
    expect([...result.unplaced.values()]).toEqual(["participant_booked"]);
  });

  it("says the tables are full when both sides are free but every table is taken", async () => {
    const result = await planMeetings(
      event(block(1, 2), { a: at(0), b: at(0), c: at(0), d: at(0), e: at(0), f: at(0) }, [
        meeting("m1", "a", "b"),
        meeting("m2", "c", "d"),
        meeting("m3", "e", "f"),
      ]),
    );
    expect(result.places.size).toBe(2);
    expect([...result.unplaced.values()]).toEqual(["tables_full"]);
  });

  it("says when two people have no slot in common", async () => {
    const result = await planMeetings(
      event(block(4, 2), { amina: at(0, 1), bart: at(2, 3) }, [meeting("m1", "amina", "bart")]),
    );
    expect(result.unplaced.get("m1")).toBe("no_common_slot");
  });

  it("keeps a locked meeting exactly where it is and plans the others around it", async () => {
    const locked = { sessionId: "day1", slotIndex: 1, tableNumber: 3 };
    const result = await planMeetings(
      event(block(3, 3), { amina: at(0, 1, 2), bart: at(0, 1, 2), chloe: at(1, 2) }, [
        meeting("m1", "amina", "bart", { locked }),
        meeting("m2", "amina", "chloe"),
      ]),
    );
    expect(result.places.get("m1")).toEqual(locked);
    expect(result.places.get("m2")?.slotIndex).toBe(2);
  });

  it("refuses a lock on a slot that no longer exists (the block was shortened)", async () => {
    const result = await planMeetings(
      event(block(2, 2), { amina: at(0, 1), bart: at(0, 1) }, [
        meeting("m1", "amina", "bart", {
          locked: { sessionId: "day1", slotIndex: 5, tableNumber: 1 },
        }),
      ]),
    );
    expect(result.unplaced.get("m1")).toBe("locked_place_gone");
  });

  it("places a must-meet meeting first when it competes for the last table", async () => {
    const result = await planMeetings(
      event(block(1, 1), { a: at(0), b: at(0), c: at(0), d: at(0) }, [
        meeting("plain", "a", "b"),
        meeting("must", "c", "d", { mustMeet: true }),
      ]),
    );
    expect(result.places.has("must")).toBe(true);
    expect(result.unplaced.get("plain")).toBe("tables_full");
  });

  it("gives each person back-to-back meetings rather than idle time in between", async () => {
    // Amina meets three people; all are free all morning. No idle stretch is needed.
    const all = at(0, 1, 2, 3, 4, 5);
    const result = await planMeetings(
      event(block(6, 1), { amina: all, bart: all, chloe: all, driss: at(0, 5) }, [
        meeting("m1", "amina", "bart"),
        meeting("m2", "amina", "chloe"),
        meeting("m3", "amina", "driss"),
      ]),
    );
    expect(result.places.size).toBe(3);
    expect(result.stats.idleGaps).toBe(0);
    expect(result.stats.method).toBe("milp");
    expect(result.stats.proven).toBe(true);
  });
});

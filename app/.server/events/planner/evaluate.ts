import type { SlotAssignment } from "./greedy";
import type { Instance } from "./instance";
import { Occupancy } from "./instance";
import type { PlannerPlace, PlanStats, UnplacedReason } from "./types";

type Score = Omit<PlanStats, "method">;

/** Placed meetings (must-meet ones apart) and idle gaps: what "a better plan" means. */
export function scorePlan(instance: Instance, slotOf: SlotAssignment): Score {
  let placed = 0;
  let mustMeetPlaced = 0;
  const personSlots = new Map<number, Set<number>>();
  slotOf.forEach((s, m) => {
    if (s < 0) return;
    placed += 1;
    if (instance.meetings[m]!.mustMeet) mustMeetPlaced += 1;
    for (const p of [instance.sideA[m]!, instance.sideB[m]!]) {
      const set = personSlots.get(p) ?? new Set<number>();
      personSlots.set(p, set.add(s));
    }
  });
  let idleGaps = 0;
  for (const slots of personSlots.values()) idleGaps += idleGapsOf(instance, slots);
  return { placed, mustMeetPlaced, idleGaps };
}

/**
 * Idle stretches between one person's meetings, block by block: a run of back-to-back meetings
 * starts where the slot before is not one of theirs, and every run after a block's first one
 * follows an idle stretch.
 */
export function idleGapsOf(instance: Instance, slots: ReadonlySet<number>) {
  const blocks = new Set<string>();
  let gaps = 0;
  for (const s of slots) {
    const before = instance.prev[s]!;
    if (before >= 0 && slots.has(before)) continue;
    const block = instance.slots[s]!.sessionId;
    if (blocks.has(block)) gaps += 1;
    else blocks.add(block);
  }
  return gaps;
}

/** Lexicographic: more must-meet meetings, then more meetings, then fewer idle gaps. */
export function isBetter(a: Score, b: Score) {
  if (a.mustMeetPlaced !== b.mustMeetPlaced) return a.mustMeetPlaced > b.mustMeetPlaced;
  if (a.placed !== b.placed) return a.placed > b.placed;
  return a.idleGaps < b.idleGaps;
}

/** True when the plan keeps every hard constraint (a solver's answer is checked, not trusted). */
export function isFeasible(instance: Instance, slotOf: SlotAssignment) {
  const occupancy = new Occupancy(instance);
  for (const m of instance.free) {
    const s = slotOf[m]!;
    if (s < 0) continue;
    if (!instance.common[m]!.includes(s) || !occupancy.canPlace(m, s)) return false;
    occupancy.place(m, s);
  }
  for (const [m] of instance.lockedRefused) if (slotOf[m]! >= 0) return false;
  return instance.lockedSlot.every((s, m) => s < 0 || slotOf[m] === s);
}

/** Tables for the placed meetings (locked ones keep theirs) and a reason for every other one. */
export function describePlan(instance: Instance, slotOf: SlotAssignment) {
  const places = new Map<string, PlannerPlace>();
  const unplaced = new Map<string, UnplacedReason>();
  const takenTables = instance.slots.map(() => new Set<number>());
  instance.lockedSlot.forEach((s, m) => {
    if (s >= 0) takenTables[s]!.add(instance.lockedTable[m]!);
  });
  const occupancy = new Occupancy(instance);
  for (const m of instance.free) if (slotOf[m]! >= 0) occupancy.place(m, slotOf[m]!);

  instance.meetings.forEach((meeting, m) => {
    const s = slotOf[m]!;
    if (s >= 0) {
      const slot = instance.slots[s]!;
      let table = instance.lockedTable[m]!;
      if (table < 0) {
        table = 1;
        while (takenTables[s]!.has(table)) table += 1;
        takenTables[s]!.add(table);
      }
      places.set(meeting.id, {
        sessionId: slot.sessionId,
        slotIndex: slot.slotIndex,
        tableNumber: table,
      });
      return;
    }
    const refused = instance.lockedRefused.get(m);
    if (refused) unplaced.set(meeting.id, refused);
    else if (instance.common[m]!.length === 0) unplaced.set(meeting.id, "no_common_slot");
    else {
      const bothFree = instance.common[m]!.some(
        (c) => !occupancy.isBusy(instance.sideA[m]!, c) && !occupancy.isBusy(instance.sideB[m]!, c),
      );
      unplaced.set(meeting.id, bothFree ? "tables_full" : "participant_booked");
    }
  });
  return { places, unplaced };
}

import { type Instance, nextSlots, Occupancy } from "./instance";

/** A plan in numbers: the slot of each meeting (locked ones included), -1 when unplaced. */
export type SlotAssignment = Int32Array;

/** Must-meet first, then the meetings with the fewest common slots (hardest to place). */
export function priorityOrder(instance: Instance): number[] {
  return [...instance.free].sort(
    (x, y) =>
      Number(instance.meetings[y]!.mustMeet) - Number(instance.meetings[x]!.mustMeet) ||
      instance.common[x]!.length - instance.common[y]!.length ||
      x - y,
  );
}

export function emptyAssignment(instance: Instance): SlotAssignment {
  return Int32Array.from(instance.lockedSlot);
}

/**
 * Places every meeting of `start` that has no slot yet where it still fits, in priority order,
 * preferring a slot next to one either side already has (fewer idle gaps), then the earliest.
 * From an empty plan it is the greedy planner; after the MILP it fills what a time-limited
 * solve left out. Linear in meetings × common slots: the time bound of the whole planner.
 */
export function fillPlan(instance: Instance, start: SlotAssignment): SlotAssignment {
  const slotOf = Int32Array.from(start);
  const occupancy = new Occupancy(instance);
  for (const m of instance.free) if (slotOf[m]! >= 0) occupancy.place(m, slotOf[m]!);
  const next = nextSlots(instance);
  for (const m of priorityOrder(instance)) {
    if (slotOf[m]! >= 0) continue;
    let best = -1;
    let bestScore = -1;
    for (const s of instance.common[m]!) {
      if (!occupancy.canPlace(m, s)) continue;
      const score = occupancy.adjacency(m, s, next);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best >= 0) {
      slotOf[m] = best;
      occupancy.place(m, best);
    }
  }
  return slotOf;
}

export const greedyPlan = (instance: Instance) => fillPlan(instance, emptyAssignment(instance));

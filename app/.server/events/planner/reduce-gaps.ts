import { idleGapsOf } from "./evaluate";
import type { SlotAssignment } from "./greedy";
import type { Instance } from "./instance";

/**
 * Local search on a plan's idle gaps at scale (the whole MILP is too slow there): move one
 * meeting at a time to another slot where both sides and a table are free when that removes
 * gaps for its two sides, until no move helps. Never changes which meetings are placed.
 */
export function reduceGaps(instance: Instance, start: SlotAssignment, maxRounds = 20) {
  const slotOf = Int32Array.from(start);
  const personSlots = Array.from({ length: instance.people }, () => new Set<number>());
  slotOf.forEach((s, m) => {
    if (s < 0) return;
    personSlots[instance.sideA[m]!]!.add(s);
    personSlots[instance.sideB[m]!]!.add(s);
  });
  const used = new Int32Array(instance.slots.length);
  for (const s of slotOf) if (s >= 0) used[s]! += 1;
  for (let round = 0; round < maxRounds; round += 1) {
    let improved = false;
    for (const m of instance.free) {
      const current = slotOf[m]!;
      if (current < 0) continue;
      const a = personSlots[instance.sideA[m]!]!;
      const b = personSlots[instance.sideB[m]!]!;
      const before = idleGapsOf(instance, a) + idleGapsOf(instance, b);
      if (before === 0) continue;
      a.delete(current);
      b.delete(current);
      let best = current;
      let bestGaps = before;
      for (const s of instance.common[m]!) {
        if (s === current || a.has(s) || b.has(s)) continue;
        if (used[s]! >= instance.slots[s]!.tables) continue;
        a.add(s);
        b.add(s);
        const after = idleGapsOf(instance, a) + idleGapsOf(instance, b);
        a.delete(s);
        b.delete(s);
        if (after < bestGaps) {
          best = s;
          bestGaps = after;
        }
      }
      a.add(best);
      b.add(best);
      if (best !== current) {
        slotOf[m] = best;
        used[current]! -= 1;
        used[best]! += 1;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return slotOf;
}

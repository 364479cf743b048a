import type { PlannerInput, PlannerMeeting, PlannerSlot, UnplacedReason } from "./types";

/**
 * The input turned into numbers: slots sorted by time and indexed, people indexed, each
 * meeting's common available slots, and the locked places checked once. Greedy, MILP and the
 * final checks all work on this.
 */
export type Instance = {
  slots: PlannerSlot[];
  /** The slot just before in the same block (-1 for a block's first slot): for idle gaps. */
  prev: Int32Array;
  people: number;
  meetings: readonly PlannerMeeting[];
  sideA: Int32Array;
  sideB: Int32Array;
  /** Slots both sides are available in, ascending. */
  common: number[][];
  /** Locked meetings whose place is valid: slot index and table, else -1. */
  lockedSlot: Int32Array;
  lockedTable: Int32Array;
  /** Locked meetings that cannot keep their place, with why. */
  lockedRefused: Map<number, UnplacedReason>;
  /** Meetings the planner places (neither validly locked nor refused). */
  free: number[];
};

export const slotKey = (sessionId: string, slotIndex: number) => `${sessionId}#${slotIndex}`;

export function buildInstance(input: PlannerInput): Instance {
  const slots = [...input.slots].sort(
    (x, y) =>
      x.startsAt - y.startsAt ||
      x.sessionId.localeCompare(y.sessionId) ||
      x.slotIndex - y.slotIndex,
  );
  const slotByKey = new Map(slots.map((s, i) => [slotKey(s.sessionId, s.slotIndex), i]));
  const prev = new Int32Array(slots.length).fill(-1);
  slots.forEach((s, i) => {
    prev[i] = slotByKey.get(slotKey(s.sessionId, s.slotIndex - 1)) ?? -1;
  });

  const personIndex = new Map<string, number>();
  const person = (id: string) => {
    let i = personIndex.get(id);
    if (i === undefined) {
      i = personIndex.size;
      personIndex.set(id, i);
    }
    return i;
  };
  const availableSlots = (id: string) => {
    const set = new Set<number>();
    for (const ref of input.availability.get(id) ?? []) {
      const i = slotByKey.get(slotKey(ref.sessionId, ref.slotIndex));
      if (i !== undefined) set.add(i);
    }
    return set;
  };
  const availability = new Map<string, Set<number>>();
  const availableOf = (id: string) => {
    let set = availability.get(id);
    if (!set) {
      set = availableSlots(id);
      availability.set(id, set);
    }
    return set;
  };

  const n = input.meetings.length;
  const sideA = new Int32Array(n);
  const sideB = new Int32Array(n);
  const common: number[][] = [];
  input.meetings.forEach((m, i) => {
    sideA[i] = person(m.from);
    sideB[i] = person(m.to);
    const other = availableOf(m.to);
    common.push([...availableOf(m.from)].filter((s) => other.has(s)).sort((x, y) => x - y));
  });

  const lockedSlot = new Int32Array(n).fill(-1);
  const lockedTable = new Int32Array(n).fill(-1);
  const lockedRefused = new Map<number, UnplacedReason>();
  const takenTables = new Set<string>();
  const takenPeople = new Set<string>();
  const free: number[] = [];
  input.meetings.forEach((m, i) => {
    if (!m.locked) {
      free.push(i);
      return;
    }
    const s = slotByKey.get(slotKey(m.locked.sessionId, m.locked.slotIndex));
    const table = m.locked.tableNumber;
    if (s === undefined || table < 1 || table > slots[s]!.tables) {
      lockedRefused.set(i, "locked_place_gone");
      return;
    }
    const people = [`${sideA[i]}@${s}`, `${sideB[i]}@${s}`];
    if (takenTables.has(`${s}:${table}`) || people.some((p) => takenPeople.has(p))) {
      lockedRefused.set(i, "locked_conflict");
      return;
    }
    takenTables.add(`${s}:${table}`);
    for (const p of people) takenPeople.add(p);
    lockedSlot[i] = s;
    lockedTable[i] = table;
  });

  return {
    slots,
    prev,
    people: personIndex.size,
    meetings: input.meetings,
    sideA,
    sideB,
    common,
    lockedSlot,
    lockedTable,
    lockedRefused,
    free,
  };
}

/** Who is busy when and how many tables are taken: the hard constraints, checked in O(1). */
export class Occupancy {
  private readonly busy: Uint8Array;
  readonly used: Int32Array;

  constructor(private readonly instance: Instance) {
    this.busy = new Uint8Array(instance.people * instance.slots.length);
    this.used = new Int32Array(instance.slots.length);
    instance.lockedSlot.forEach((s, m) => {
      if (s >= 0) this.place(m, s);
    });
  }

  isBusy(person: number, slot: number) {
    return this.busy[person * this.instance.slots.length + slot] === 1;
  }

  canPlace(m: number, slot: number) {
    const { sideA, sideB, slots } = this.instance;
    return (
      this.used[slot]! < slots[slot]!.tables &&
      !this.isBusy(sideA[m]!, slot) &&
      !this.isBusy(sideB[m]!, slot)
    );
  }

  place(m: number, slot: number) {
    const S = this.instance.slots.length;
    this.busy[this.instance.sideA[m]! * S + slot] = 1;
    this.busy[this.instance.sideB[m]! * S + slot] = 1;
    this.used[slot]! += 1;
  }

  /** Busy neighbours (slot before and after, same block) of both sides: fewer idle gaps. */
  adjacency(m: number, slot: number, next: Int32Array) {
    const { sideA, sideB, prev } = this.instance;
    let score = 0;
    for (const p of [sideA[m]!, sideB[m]!]) {
      if (prev[slot]! >= 0 && this.isBusy(p, prev[slot]!)) score += 1;
      if (next[slot]! >= 0 && this.isBusy(p, next[slot]!)) score += 1;
    }
    return score;
  }
}

export function nextSlots(instance: Instance) {
  const next = new Int32Array(instance.slots.length).fill(-1);
  instance.prev.forEach((p, s) => {
    if (p >= 0) next[p] = s;
  });
  return next;
}

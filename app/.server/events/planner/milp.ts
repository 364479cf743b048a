import type { Highs } from "highs";
import type { SlotAssignment } from "./greedy";
import type { Instance } from "./instance";
import { Occupancy } from "./instance";

/**
 * The planning MILP (docs/decisions/053-meeting-planner.md), built as sparse rows for HiGHS:
 *   x[m,s] ∈ {0,1}: meeting m in slot s (only slots both sides are available in and that locked
 *                   meetings leave open); z[p,s] ≥ 0: a run of meetings of person p starts at s.
 *   each meeting at most once; each person at most once per slot; at most the free tables;
 *   z[p,s] ≥ y[p,s] − y[p,prev(s)] where y is p's meetings in s (locked ones as constants).
 *   maximise Σ w_m x[m,s] − Σ z[p,s], with w = 3 for a meeting (placing one adds at most two
 *   runs, so it always pays) and, for a must-meet one, more than all ordinary ones together.
 */
export type MilpOutcome = { slotOf: SlotAssignment; status: string; proven: boolean };

/** Which part of the problem one solve covers (the planner decomposes at scale). */
export type MilpPart = {
  /** Free meetings that get variables; every other meeting keeps its slot in `start`. */
  meetings: readonly number[];
  /** Only these slots (all when absent). */
  slots?: ReadonlySet<number>;
  /** Each meeting exactly once (re-arranging a block's meetings) or at most once. */
  placeAll: boolean;
  /** Count idle gaps in the objective (the run variables z). */
  gaps: boolean;
};

type Row = { cols: number[]; vals: number[]; lower: number; upper: number };

export function solveMilp(
  highs: Highs,
  instance: Instance,
  start: SlotAssignment,
  part: MilpPart,
  timeLimitSeconds: number,
): MilpOutcome | null {
  const { common, meetings, sideA, sideB, slots, prev } = instance;
  const free = part.meetings;
  const lockedOccupancy = new Occupancy(instance);
  const inf = highs.infinity;

  // Columns.
  const xMeeting: number[] = [];
  const xSlot: number[] = [];
  const cost: number[] = [];
  const normal = free.filter((m) => !meetings[m]!.mustMeet).length;
  const mustWeight = 3 * normal + 2 * free.length + 1;
  const byPersonSlot = new Map<number, number[]>(); // person * S + slot → x columns
  const bySlot: number[][] = slots.map(() => []);
  const S = slots.length;
  const addTo = (key: number, col: number) => {
    const list = byPersonSlot.get(key);
    if (list) list.push(col);
    else byPersonSlot.set(key, [col]);
  };
  const byMeeting: number[][] = [];
  for (const m of free) {
    const cols: number[] = [];
    for (const s of common[m]!) {
      if (part.slots && !part.slots.has(s)) continue;
      if (!lockedOccupancy.canPlace(m, s)) continue;
      const col = xMeeting.length;
      xMeeting.push(m);
      xSlot.push(s);
      cost.push(meetings[m]!.mustMeet ? mustWeight : 3);
      cols.push(col);
      bySlot[s]!.push(col);
      addTo(sideA[m]! * S + s, col);
      addTo(sideB[m]! * S + s, col);
    }
    byMeeting.push(cols);
  }
  const xCount = xMeeting.length;
  if (xCount === 0) return null;

  const rows: Row[] = [];
  for (const cols of byMeeting) {
    if (part.placeAll) rows.push({ cols, vals: cols.map(() => 1), lower: 1, upper: 1 });
    else if (cols.length > 1) rows.push({ cols, vals: cols.map(() => 1), lower: -inf, upper: 1 });
  }
  for (const cols of byPersonSlot.values()) {
    if (cols.length > 1) rows.push({ cols, vals: cols.map(() => 1), lower: -inf, upper: 1 });
  }
  bySlot.forEach((cols, s) => {
    const open = slots[s]!.tables - lockedOccupancy.used[s]!;
    if (cols.length > open) rows.push({ cols, vals: cols.map(() => 1), lower: -inf, upper: open });
  });

  // Runs: one z per (person, slot) where the person can be busy.
  const lockedBusy = (p: number, s: number) => (s >= 0 && lockedOccupancy.isBusy(p, s) ? 1 : 0);
  const zKeys: number[] = [];
  const keys = new Set(byPersonSlot.keys());
  instance.lockedSlot.forEach((s, m) => {
    if (s >= 0 && (!part.slots || part.slots.has(s))) {
      keys.add(sideA[m]! * S + s).add(sideB[m]! * S + s);
    }
  });
  for (const key of part.gaps ? keys : []) {
    const p = Math.floor(key / S);
    const s = key % S;
    const z = xCount + zKeys.length;
    zKeys.push(key);
    const before = prev[s]!;
    const cols = [z, ...(byPersonSlot.get(key) ?? [])];
    const vals = [1, ...(byPersonSlot.get(key) ?? []).map(() => -1)];
    if (before >= 0) {
      for (const col of byPersonSlot.get(p * S + before) ?? []) {
        cols.push(col);
        vals.push(1);
      }
    }
    rows.push({ cols, vals, lower: lockedBusy(p, s) - lockedBusy(p, before), upper: inf });
  }
  const numCols = xCount + zKeys.length;

  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    indices.push(...row.cols);
    values.push(...row.vals);
    starts.push(indices.length);
  }

  // The greedy plan, given to HiGHS as its first incumbent.
  const colStart = new Float64Array(numCols);
  const busy = new Set<number>();
  for (let col = 0; col < xCount; col += 1) {
    if (start[xMeeting[col]!] === xSlot[col]) {
      colStart[col] = 1;
      busy.add(sideA[xMeeting[col]!]! * S + xSlot[col]!);
      busy.add(sideB[xMeeting[col]!]! * S + xSlot[col]!);
    }
  }
  const busyAt = (p: number, s: number) =>
    s >= 0 && (busy.has(p * S + s) || lockedBusy(p, s) === 1) ? 1 : 0;
  zKeys.forEach((key, i) => {
    const p = Math.floor(key / S);
    const s = key % S;
    colStart[xCount + i] = Math.max(0, busyAt(p, s) - busyAt(p, prev[s]!));
  });

  const model = highs.createModel({
    numCols,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: [...cost, ...zKeys.map(() => -1)],
    colLower: new Float64Array(numCols),
    colUpper: Float64Array.from({ length: numCols }, (_, i) => (i < xCount ? 1 : inf)),
    rowLower: rows.map((r) => r.lower),
    rowUpper: rows.map((r) => r.upper),
    matrix: { format: "csr", numRows: rows.length, numCols, starts, indices, values },
    integrality: Int32Array.from({ length: numCols }, (_, i) => (i < xCount ? 1 : 0)),
  });
  try {
    // The objective is an integer at every integer point: a gap below 1 proves optimality.
    model.options.set({
      output_flag: false,
      time_limit: timeLimitSeconds,
      mip_rel_gap: 0,
      mip_abs_gap: 0.5,
    });
    model.setSolution({ colValue: colStart });
    const { modelStatus } = model.run();
    const { colValue } = model.getSolution();
    if (!colValue || colValue.length !== numCols) return null;
    const slotOf = Int32Array.from(start);
    for (const m of free) slotOf[m] = -1;
    for (let col = 0; col < xCount; col += 1) {
      if (colValue[col]! > 0.5) slotOf[xMeeting[col]!] = xSlot[col]!;
    }
    const names = Object.entries(highs.constants.modelStatus);
    const status = names.find(([, code]) => code === modelStatus)?.[0] ?? String(modelStatus);
    return { slotOf, status, proven: modelStatus === highs.constants.modelStatus.optimal };
  } finally {
    model.dispose();
  }
}

import type { Highs } from "highs";
import { describePlan, isBetter, isFeasible, scorePlan } from "./evaluate";
import { fillPlan, greedyPlan, type SlotAssignment } from "./greedy";
import { buildInstance, type Instance } from "./instance";
import { type MilpOutcome, solveMilp } from "./milp";
import { reduceGaps } from "./reduce-gaps";
import type { PlannerInput, PlanResult } from "./types";

export type PlanOptions = {
  /** HiGHS stops here and returns its best plan so far (the greedy one at worst). */
  timeLimitSeconds?: number;
  /** false: greedy only (the bench compares both). */
  milp?: boolean;
};

let highsRuntime: Promise<Highs> | null = null;
/** One WebAssembly runtime per process; each solve makes and disposes its own model. */
function loadHighs() {
  highsRuntime ??= import("highs").then((module) => module.default());
  return highsRuntime;
}

/**
 * Places the meetings (docs/decisions/053-meeting-planner.md): greedy first, in milliseconds; then
 * the MILP, started from the greedy plan and stopped at the time limit; the better of the two is
 * kept, filled with anything that still fits, given tables, and every unplaced meeting a reason.
 * The solve blocks the thread it runs on for at most the time limit.
 */
export async function planMeetings(
  input: PlannerInput,
  { timeLimitSeconds = 10, milp = true }: PlanOptions = {},
): Promise<PlanResult> {
  const started = performance.now();
  const instance = buildInstance(input);
  const greedy = reduceGaps(instance, greedyPlan(instance));
  const greedyScore = scorePlan(instance, greedy);
  const greedySeconds = (performance.now() - started) / 1000;

  let best: SlotAssignment = greedy;
  let bestScore = greedyScore;
  let method: "greedy" | "milp" = "greedy";
  let proven = false;
  let milpStats: PlanResult["stats"]["milp"] = null;
  if (milp && instance.free.length > 0) {
    const milpStarted = performance.now();
    let outcome: MilpOutcome | null = null;
    let status = "not_run";
    try {
      outcome = solveInParts(await loadHighs(), instance, greedy, timeLimitSeconds);
      status = outcome ? outcome.status : "nothing_to_place";
    } catch {
      // A crashed WebAssembly runtime is not reused; greedy's plan stands.
      highsRuntime = null;
      status = "solver_error";
    }
    if (outcome && isFeasible(instance, outcome.slotOf)) {
      const filled = fillPlan(instance, outcome.slotOf);
      const score = scorePlan(instance, filled);
      milpStats = {
        method: "milp",
        ...score,
        seconds: (performance.now() - milpStarted) / 1000,
        status,
      };
      if (!isBetter(greedyScore, score)) {
        best = filled;
        bestScore = score;
        method = "milp";
        proven = outcome.proven;
      }
    } else {
      milpStats = {
        method: "milp",
        ...greedyScore,
        seconds: (performance.now() - milpStarted) / 1000,
        status: outcome ? "infeasible_answer" : status,
      };
    }
  }

  const { places, unplaced } = describePlan(instance, best);
  return {
    places,
    unplaced,
    stats: {
      method,
      ...bestScore,
      seconds: (performance.now() - started) / 1000,
      proven,
      greedy: { method: "greedy", ...greedyScore, seconds: greedySeconds },
      milp: milpStats,
    },
  };
}

/**
 * Above this many placement variables the joint model (with gaps) is not worth it: its LP bound is
 * weak, and HiGHS could not prove it optimal in 10 s even for 40 meetings over 3 × 12 slots.
 */
const WHOLE_MODEL_COLUMNS = 300;

/**
 * Tiny events: one model, placements and gaps together, solved exactly. Others: the placements
 * alone (their LP relaxation is tight: HiGHS proves the best count in seconds even at bench size),
 * then local search for fewer idle gaps (ADR 053).
 */
function solveInParts(
  highs: Highs,
  instance: Instance,
  greedy: SlotAssignment,
  timeLimitSeconds: number,
): MilpOutcome | null {
  const columns = instance.free.reduce((n, m) => n + instance.common[m]!.length, 0);
  const whole = columns <= WHOLE_MODEL_COLUMNS;
  const placement = solveMilp(
    highs,
    instance,
    greedy,
    { meetings: instance.free, placeAll: false, gaps: whole },
    timeLimitSeconds,
  );
  if (whole || !placement || !isFeasible(instance, placement.slotOf)) return placement;

  // The count is what "proven" promises here; gaps come from the local search.
  return { ...placement, slotOf: reduceGaps(instance, placement.slotOf) };
}

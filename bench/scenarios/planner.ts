import { planMeetings } from "../../app/.server/events/planner";
import { generatePlannerInstance, type PlannerBenchSize } from "../planner-instance";
import { summarize } from "../stats";

export const PLANNER_BENCH_SIZE: PlannerBenchSize = {
  participants: 300,
  meetings: 1500,
  days: 3,
  slotsPerDay: 12,
  tables: 40,
};

type MethodRow = {
  placed: number;
  share: number;
  mustMeetPlaced: number;
  idleGaps: number;
  /** Median wall time over the rounds, whole planner call. */
  medianSeconds: number;
  seconds: number[];
};

export type PlannerReport = {
  size: PlannerBenchSize;
  seed: number;
  mustMeet: number;
  /** Places the blocks offer (slots × tables): an upper bound with the meetings asked. */
  capacity: number;
  timeLimitSeconds: number;
  rounds: number;
  greedy: MethodRow;
  milp: MethodRow & { status: string; proven: boolean };
  unplacedReasons: Record<string, number>;
};

/**
 * The meeting planner on the issue's event size, greedy alone and greedy + MILP side by side in
 * one process, interleaved (a shared machine is noisy). No app, no database: the planner is pure.
 */
export async function runPlanner({
  seed,
  rounds = 3,
  timeLimitSeconds = 30,
  log,
}: {
  seed: number;
  rounds?: number;
  timeLimitSeconds?: number;
  log: (line: string) => void;
}): Promise<PlannerReport> {
  const size = PLANNER_BENCH_SIZE;
  const input = generatePlannerInstance(seed, size);
  const greedySeconds: number[] = [];
  const milpSeconds: number[] = [];
  let greedy: Awaited<ReturnType<typeof planMeetings>> | null = null;
  let milp: Awaited<ReturnType<typeof planMeetings>> | null = null;
  for (let round = 0; round < rounds; round += 1) {
    greedy = await planMeetings(input, { milp: false });
    greedySeconds.push(greedy.stats.seconds);
    milp = await planMeetings(input, { timeLimitSeconds });
    milpSeconds.push(milp.stats.seconds);
    log(
      `  round ${round + 1}: greedy ${greedy.stats.placed} placed in ${greedy.stats.seconds.toFixed(2)} s; MILP ${milp.stats.placed} in ${milp.stats.seconds.toFixed(1)} s (${milp.stats.milp?.status})`,
    );
  }
  const row = (result: NonNullable<typeof greedy>, seconds: number[]): MethodRow => ({
    placed: result.stats.placed,
    share: result.stats.placed / size.meetings,
    mustMeetPlaced: result.stats.mustMeetPlaced,
    idleGaps: result.stats.idleGaps,
    medianSeconds: summarize(seconds).median,
    seconds,
  });
  const unplacedReasons: Record<string, number> = {};
  for (const reason of milp!.unplaced.values()) {
    unplacedReasons[reason] = (unplacedReasons[reason] ?? 0) + 1;
  }
  return {
    size,
    seed,
    mustMeet: input.meetings.filter((m) => m.mustMeet).length,
    capacity: size.days * size.slotsPerDay * size.tables,
    timeLimitSeconds,
    rounds,
    greedy: row(greedy!, greedySeconds),
    milp: {
      ...row(milp!, milpSeconds),
      status: milp!.stats.milp?.status ?? "not_run",
      proven: milp!.stats.proven,
    },
    unplacedReasons,
  };
}

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

export function plannerSection(p: PlannerReport): string[] {
  const s = p.size;
  const rows = [
    ["greedy alone (fallback)", p.greedy],
    [`greedy, then HiGHS MILP (limit ${p.timeLimitSeconds} s; ${p.milp.status})`, p.milp],
  ] as const;
  return [
    "## Meeting planner (Planifier)",
    "",
    `${s.participants} participants, ${s.meetings.toLocaleString("en-US")} accepted requests (${p.mustMeet} must-meet), ${s.days} days × ${s.slotsPerDay} slots × ${s.tables} tables (${p.capacity.toLocaleString("en-US")} places), seed ${p.seed}. ${p.rounds} rounds, the two methods interleaved in one process; time is the whole planner call, median.`,
    "",
    "| method | placed | share placed | must-meet placed | idle gaps | median s |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      ([label, r]) =>
        `| ${label} | ${r.placed} | **${pct(r.share)}** | ${r.mustMeetPlaced} / ${p.mustMeet} | ${r.idleGaps} | **${r.medianSeconds.toFixed(2)}** |`,
    ),
    "",
    `Unplaced after the MILP, by reason: ${Object.entries(p.unplacedReasons)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(", ")}.`,
    "",
  ];
}

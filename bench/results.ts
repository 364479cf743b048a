import type { Machine } from "./machine";
import type { MachineLoad } from "./machine-load";
import type { MemoryPeaks } from "./memory";
import type { ClientJsReport } from "./scenarios/client-js";
import type { ImportReport } from "./scenarios/import";
import type { IndexLagReport } from "./scenarios/index-lag";
import type { LoadReport } from "./scenarios/load";
import type { MatchingReport } from "./scenarios/matching";
import type { PlannerReport } from "./scenarios/planner";
import type { ReindexReport } from "./scenarios/reindex";
import type { SearchReport } from "./scenarios/search";

/** Everything one run measured: written as bench/results/latest.json. */
export type BenchResults = {
  size: number;
  seed: number;
  /** A non-default setting this run used (null: the shipped configuration). */
  variant: string | null;
  machine: Machine & { load: MachineLoad };
  build: string;
  runSeconds: number;
  generation: {
    profiles: number;
    listed: number;
    /** Generating and COPYing the profiles with their outbox rows, in chunked transactions. */
    seconds: number;
    profilesPerSecond: number;
    /** Time spent in the COPY transactions alone, and their rows per second. */
    insertSeconds: number;
    rowsPerSecond: number;
    /** From the first commit until the app's outbox worker had indexed everything. */
    indexedAfterSeconds: number;
  };
  pgAlternative: { buildSeconds: number; rows: number; words: number };
  search: SearchReport;
  matching: MatchingReport;
  indexLag: IndexLagReport;
  reindex: ReindexReport;
  import: ImportReport;
  /** Absent in runs from before the meeting planner. */
  planner?: PlannerReport;
  /** The JSON API (10 connections), the /experts page and profile pages (50 connections). */
  loads: LoadReport[];
  clientJs: ClientJsReport;
  memory: MemoryPeaks;
};

/**
 * The meeting planner's input and output (docs/decisions/053-meeting-planner.md). Pure data: the
 * planner never reads the database, so it is tested and benchmarked on generated instances.
 */

/** One slot of a meeting block: `tables` meetings can take place at once. */
export type PlannerSlot = {
  sessionId: string;
  slotIndex: number;
  /** Start instant (ms since epoch): orders the slots and groups them by day. */
  startsAt: number;
  tables: number;
};

export type SlotRef = { sessionId: string; slotIndex: number };

/** A place: slot and table (tables numbered from 1). */
export type PlannerPlace = SlotRef & { tableNumber: number };

export type PlannerMeeting = {
  id: string;
  /** The two registrations that meet. */
  from: string;
  to: string;
  mustMeet: boolean;
  /** The organiser locked this place: it is kept exactly. */
  locked: PlannerPlace | null;
};

export type PlannerInput = {
  slots: readonly PlannerSlot[];
  meetings: readonly PlannerMeeting[];
  /** The slots each registration can meet in; a registration without an entry has none. */
  availability: ReadonlyMap<string, readonly SlotRef[]>;
};

/**
 * Why a meeting has no place. Every unplaced meeting gets one, checked against the final plan:
 * - no_common_slot: the two sides share no available slot;
 * - tables_full: in some common slot both sides are free, but every table is taken;
 * - participant_booked: in every common slot one side already meets someone else;
 * - locked_place_gone: it was locked in a slot or at a table that no longer exists;
 * - locked_conflict: it was locked where another locked meeting already holds the table or one
 *   of its participants.
 */
export const UNPLACED_REASONS = [
  "no_common_slot",
  "tables_full",
  "participant_booked",
  "locked_place_gone",
  "locked_conflict",
] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

export type PlanMethod = "greedy" | "milp";

export type PlanStats = {
  method: PlanMethod;
  placed: number;
  mustMeetPlaced: number;
  /** Idle stretches between two meetings of one participant in one block, summed. */
  idleGaps: number;
};

export type PlanResult = {
  places: Map<string, PlannerPlace>;
  unplaced: Map<string, UnplacedReason>;
  /** The plan kept (the better of greedy and MILP), then both for comparison. */
  stats: PlanStats & {
    seconds: number;
    /**
     * HiGHS proved that no plan places more meetings (must-meet first); for tiny events, that no
     * plan has fewer idle gaps either. False: time limit, solver error, or greedy only.
     */
    proven: boolean;
    greedy: PlanStats & { seconds: number };
    milp: (PlanStats & { seconds: number; status: string }) | null;
  };
};

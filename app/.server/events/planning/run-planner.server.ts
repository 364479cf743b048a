import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../../../db/client";
import { eventMeetings } from "../../../../db/schema";
import type { Actor } from "../../actor";
import { requireEventOrganiser } from "../access.server";
import { planMeetings } from "../planner";
import { loadPlanInput } from "./plan-input.server";

export type PlannerRunSummary = {
  placed: number;
  unplaced: number;
  mustMeetPlaced: number;
  idleGaps: number;
  seconds: number;
  method: "greedy" | "milp";
  proven: boolean;
};

/**
 * "Planifier": plans every accepted meeting of the event into its draft place; locked meetings
 * stay, the rest are re-planned. Participants see nothing until the organiser publishes.
 */
export async function planEventMeetings(
  db: Database,
  actor: Actor,
  slug: string,
  { timeLimitSeconds = 10 }: { timeLimitSeconds?: number } = {},
): Promise<PlannerRunSummary> {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const input = await loadPlanInput(db, event.id);
  const result = await planMeetings(input, { timeLimitSeconds });
  const ids: string[] = [];
  const sessions: (string | null)[] = [];
  const slots: (number | null)[] = [];
  const tables: (number | null)[] = [];
  const reasons: (string | null)[] = [];
  for (const m of input.meetings) {
    if (m.locked && result.places.has(m.id)) continue;
    const place = result.places.get(m.id);
    ids.push(m.id);
    sessions.push(place?.sessionId ?? null);
    slots.push(place?.slotIndex ?? null);
    tables.push(place?.tableNumber ?? null);
    reasons.push(result.unplaced.get(m.id) ?? null);
  }
  await db.transaction(async (tx) => {
    if (ids.length === 0) return;
    // Free every place that may move first: one meeting per table and slot is a unique index.
    await tx
      .update(eventMeetings)
      .set({ sessionId: null, slotIndex: null, tableNumber: null })
      .where(and(eq(eventMeetings.eventId, event.id), inArray(eventMeetings.id, ids)));
    // A lock whose place is gone or contested is lifted with the reason.
    await tx.execute(sql`
      update event_meetings m set
        session_id = v.session_id, slot_index = v.slot_index, table_number = v.table_number,
        unplaced_reason = v.reason, locked = false, updated_at = now()
      from unnest(${pgArray(ids)}::uuid[], ${pgArray(sessions)}::uuid[], ${pgArray(slots)}::int[],
                  ${pgArray(tables)}::int[], ${pgArray(reasons)}::text[])
        as v(id, session_id, slot_index, table_number, reason)
      where m.id = v.id`);
  });
  return {
    placed: result.stats.placed,
    unplaced: result.unplaced.size,
    mustMeetPlaced: result.stats.mustMeetPlaced,
    idleGaps: result.stats.idleGaps,
    seconds: result.stats.seconds,
    method: result.stats.method,
    proven: result.stats.proven,
  };
}

/** A PostgreSQL array literal parameter (postgres.js sends JS arrays of mixed nulls poorly). */
function pgArray(values: readonly (string | number | null)[]) {
  return `{${values.map((v) => (v === null ? "NULL" : `"${String(v)}"`)).join(",")}}`;
}

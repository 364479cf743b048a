import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";

export type MentorLoad = {
  open: number;
  paused: number;
  /** Places offered by mentors open to mentoring. */
  openCapacity: number;
  /** Places declared by paused mentors (not offered now). */
  pausedCapacity: number;
};

/** Experts and researchers by mentoring status, with the places they declare; one query. */
export async function mentorLoad(db: Executor): Promise<MentorLoad> {
  const [row] = await db.execute<MentorLoad>(sql`
    select count(*) filter (where mentoring_status = 'open')::int as open,
           count(*) filter (where mentoring_status = 'paused')::int as paused,
           coalesce(sum(mentoring_capacity) filter (where mentoring_status = 'open'), 0)::int
             as "openCapacity",
           coalesce(sum(mentoring_capacity) filter (where mentoring_status = 'paused'), 0)::int
             as "pausedCapacity"
      from people where kind in ('expert', 'researcher')`);
  return row ?? { open: 0, paused: 0, openCapacity: 0, pausedCapacity: 0 };
}

/** Profiles waiting for verification, as counted on /coordinator/verification. */
export async function pendingVerifications(db: Executor): Promise<number> {
  const [row] = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from people
     where verification = 'pending' and kind in ('expert', 'researcher')`);
  return row?.count ?? 0;
}

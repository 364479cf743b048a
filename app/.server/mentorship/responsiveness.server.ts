import { and, count, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipRequests } from "../../../db/schema";
import { DAY_MS } from "./access";

/** Responsiveness looks at requests received over this many days. */
export const RESPONSIVENESS_WINDOW_DAYS = 180;

export type Responsiveness = {
  /** Requests the mentor answered (accept, decline or a question). */
  answered: number;
  /** Requests that expired without any answer. */
  missed: number;
  /** answered / (answered + missed), or null without settled requests. */
  rate: number | null;
  /** Median days from request to first answer, rounded up (at least 1); null without answers. */
  medianDays: number | null;
  /** "responds usually within X days", "less responsive", or nothing to say yet. */
  label: "within" | "less_responsive" | null;
};

export function classify(answered: number, missed: number, medianSeconds: number | null) {
  const settled = answered + missed;
  const rate = settled > 0 ? answered / settled : null;
  const medianDays =
    medianSeconds === null ? null : Math.max(1, Math.ceil((medianSeconds * 1000) / DAY_MS));
  const label: Responsiveness["label"] =
    missed >= 2 && rate !== null && rate < 0.5
      ? "less_responsive"
      : medianDays !== null
        ? "within"
        : null;
  return { answered, missed, rate, medianDays, label } satisfies Responsiveness;
}

/**
 * Each mentor's response rate and median response time over the last six months, for profiles,
 * suggestions and the coordinators' dashboard. Requests still waiting or withdrawn before an
 * answer say nothing either way.
 */
export async function mentorResponsiveness(
  db: Executor,
  personIds: string[],
  { now = new Date() }: { now?: Date } = {},
): Promise<Map<string, Responsiveness>> {
  const result = new Map(personIds.map((id) => [id, classify(0, 0, null)]));
  if (personIds.length === 0) return result;
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * DAY_MS);
  const r = mentorshipRequests;
  const rows = await db
    .select({
      mentorId: r.mentorId,
      answered: count(r.respondedAt),
      missed: sql<number>`count(*) filter (where ${r.status} = 'expired' and ${r.respondedAt} is null)::int`,
      median: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${r.respondedAt} - ${r.createdAt})) filter (where ${r.respondedAt} is not null)`,
    })
    .from(r)
    .where(and(inArray(r.mentorId, personIds), gte(r.createdAt, since)))
    .groupBy(r.mentorId);
  for (const row of rows) {
    result.set(
      row.mentorId,
      classify(row.answered, Number(row.missed), row.median === null ? null : Number(row.median)),
    );
  }
  return result;
}

/** Network-wide figures for the coordinators' dashboard: what waits, what went unanswered. */
export async function unansweredRequestStats(db: Executor, { now = new Date() } = {}) {
  const r = mentorshipRequests;
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * DAY_MS);
  const [[waiting], [reminded], [settled]] = await Promise.all([
    db
      .select({
        pending: sql<number>`count(*) filter (where ${r.status} = 'pending')::int`,
        moreInfo: sql<number>`count(*) filter (where ${r.status} = 'more_info')::int`,
      })
      .from(r)
      .where(inArray(r.status, ["pending", "more_info"])),
    db
      .select({ n: count() })
      .from(r)
      .where(and(eq(r.status, "pending"), isNotNull(r.reminderSentAt))),
    db
      .select({
        answered: count(r.respondedAt),
        expiredUnanswered: sql<number>`count(*) filter (where ${r.status} = 'expired' and ${r.respondedAt} is null)::int`,
        median: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${r.respondedAt} - ${r.createdAt})) filter (where ${r.respondedAt} is not null)`,
      })
      .from(r)
      .where(gte(r.createdAt, since)),
  ]);
  const stats = classify(
    settled?.answered ?? 0,
    Number(settled?.expiredUnanswered ?? 0),
    settled?.median == null ? null : Number(settled.median),
  );
  return {
    pending: Number(waiting?.pending ?? 0),
    moreInfo: Number(waiting?.moreInfo ?? 0),
    /** Pending past the halfway reminder: the mentor was already nudged. */
    remindedStillPending: reminded?.n ?? 0,
    answered: stats.answered,
    expiredUnanswered: stats.missed,
    responseRate: stats.rate,
    medianResponseDays: stats.medianDays,
  };
}

export const RATE_BUCKETS = ["high", "medium", "low", "veryLow", "unsettled"] as const;
export type RateBucket = (typeof RATE_BUCKETS)[number];

/**
 * How many mentors answer how often (requests received over the window): at least 75 %, 50–75 %,
 * 25–50 %, under 25 %, and mentors whose requests are all still waiting. For the dashboard.
 */
export async function mentorResponseRateBuckets(db: Executor, { now = new Date() } = {}) {
  const since = new Date(now.getTime() - RESPONSIVENESS_WINDOW_DAYS * DAY_MS);
  const mentors = await db
    .selectDistinct({ id: mentorshipRequests.mentorId })
    .from(mentorshipRequests)
    .where(gte(mentorshipRequests.createdAt, since));
  const byMentor = await mentorResponsiveness(
    db,
    mentors.map((m) => m.id),
    { now },
  );
  const counts = Object.fromEntries(RATE_BUCKETS.map((b) => [b, 0])) as Record<RateBucket, number>;
  for (const { rate } of byMentor.values()) counts[bucketOf(rate)]++;
  return counts;
}

function bucketOf(rate: number | null): RateBucket {
  if (rate === null) return "unsettled";
  if (rate >= 0.75) return "high";
  if (rate >= 0.5) return "medium";
  if (rate >= 0.25) return "low";
  return "veryLow";
}

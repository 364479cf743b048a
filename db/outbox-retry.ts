import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "./client";
import type { emailOutbox, searchOutbox } from "./schema";

/**
 * Retry, backoff, attempt cap and dead letters, shared by the search and e-mail outboxes
 * (docs/decisions/041-background-jobs.md).
 */
export type RetryPolicy = {
  /** Delay after the first failure; doubled after each further one. */
  baseMs: number;
  maxBackoffMs: number;
  /** Refusals allowed before a row becomes a dead letter. */
  maxAttempts: number;
};

/**
 * Why a try failed. `refused`: the other side turned this item down (a document Meilisearch
 * rejects, an address the mail server refuses), which only a few more tries can fix. Otherwise the
 * service was unreachable: retried at the capped backoff for as long as it takes, never dead-lettered,
 * so an outage loses nothing.
 */
export type Failure = { message: string; refused: boolean };

export type RetryDecision = { dead: true } | { dead: false; delayMs: number };

/** What follows a failed try, for a row that had already failed `attempts` times. */
export function nextRetry(attempts: number, refused: boolean, policy: RetryPolicy): RetryDecision {
  if (refused && attempts + 1 >= policy.maxAttempts) return { dead: true };
  return { dead: false, delayMs: Math.min(policy.maxBackoffMs, policy.baseMs * 2 ** attempts) };
}

type OutboxTable = typeof searchOutbox | typeof emailOutbox;

/** The clock of a drain: the database's, or an injected instant (tests move time without sleeping). */
const clockOf = (now: Date | undefined): SQL =>
  now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;

/**
 * Records one failure on the given rows: one more attempt, the error, and either the next time
 * they are due or, once a refused row reaches the cap, a dead letter. Returns one log line per
 * group of rows, and how many rows died.
 */
export async function recordFailure(
  tx: Executor,
  table: OutboxTable,
  rows: { id: number; attempts: number }[],
  failure: Failure,
  options: { policy: RetryPolicy; now?: Date; describe: (ids: number[]) => string },
): Promise<{ lines: string[]; dead: number }> {
  if (rows.length === 0) return { lines: [], dead: 0 };
  const message = failure.message.slice(0, 500);
  const decisions = rows.map((row) => ({
    row,
    decision: nextRetry(row.attempts, failure.refused, options.policy),
  }));
  const plan = decisions.map(({ row, decision }) => ({
    id: row.id,
    delay_ms: decision.dead ? 0 : decision.delayMs,
    dead: decision.dead,
  }));
  const now = clockOf(options.now);
  await tx.execute(sql`
    update ${table} set
      attempts = ${table.attempts} + 1,
      last_error = ${message},
      available_at = ${now} + plan.delay_ms * interval '1 millisecond',
      dead_at = case when plan.dead then ${now} end
    from jsonb_to_recordset(${JSON.stringify(plan)}::jsonb) as plan(id bigint, delay_ms bigint, dead boolean)
    where ${table.id} = plan.id`);

  const cause = failure.refused ? "refused" : "not delivered, service unavailable";
  const lines: string[] = [];
  const dead = decisions.filter((d) => d.decision.dead).map((d) => d.row.id);
  if (dead.length > 0) {
    lines.push(
      `${options.describe(dead)} ${cause} ${options.policy.maxAttempts} times: moved to the dead letters (/coordinator/deliveries): ${message}`,
    );
  }
  // Rows failing together usually share their attempt count: one line per count.
  const retried = new Map<number, { ids: number[]; delayMs: number }>();
  for (const { row, decision } of decisions) {
    if (decision.dead) continue;
    const group = retried.get(row.attempts) ?? { ids: [], delayMs: decision.delayMs };
    group.ids.push(row.id);
    retried.set(row.attempts, group);
  }
  const of = failure.refused ? ` of ${options.policy.maxAttempts}` : "";
  for (const [attempts, { ids, delayMs }] of retried) {
    lines.push(
      `${options.describe(ids)} ${cause} (attempt ${attempts + 1}${of}), retry in ${formatDelay(delayMs)}: ${message}`,
    );
  }
  return { lines, dead: dead.length };
}

/** Due rows: not done, not dead, available now. */
export function isDue(table: OutboxTable, done: AnyPgColumn, now?: Date): SQL {
  return sql`${done} is null and ${table.deadAt} is null and ${table.availableAt} <= ${clockOf(now)}`;
}

/**
 * One drainer per queue across app instances: a transaction-scoped advisory lock, released on
 * commit. A second instance skips its turn instead of waiting.
 */
export async function tryDrainLock(tx: Executor, queue: string): Promise<boolean> {
  const [row] = await tx.execute<{ ok: boolean }>(
    sql`select pg_try_advisory_xact_lock(${DRAIN_LOCK_SPACE}, hashtext(${queue})) as ok`,
  );
  return row?.ok === true;
}

// Any constant works; it only has to be the same in every app instance sharing the database.
export const DRAIN_LOCK_SPACE = 7_305_011;

export function formatDelay(ms: number) {
  return ms < 1000
    ? `${ms} ms`
    : ms < 120_000
      ? `${Math.round(ms / 1000)} s`
      : `${Math.round(ms / 60_000)} min`;
}

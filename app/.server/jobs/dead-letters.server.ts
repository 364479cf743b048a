import { and, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { OutboxQueue } from "~/vocabulary/outbox";
import type { Database } from "../../../db/client";
import { emailOutbox, organizations, people, searchOutbox } from "../../../db/schema";
import { SEARCH_OUTBOX_CHANNEL } from "../../../search/outbox-worker";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { EMAIL_OUTBOX_CHANNEL } from "../email/worker.server";

const LIMIT = 100;

export type SearchDeadLetter = {
  id: number;
  entity: "person" | "organization";
  entityId: string;
  /** The person's or organization's name and page, unless it was deleted since. */
  name: string | null;
  href: string | null;
  attempts: number;
  lastError: string | null;
  deadAt: Date;
};

/** The message's body is left out: it can hold a password-reset link. */
export type EmailDeadLetter = {
  id: number;
  to: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  deadAt: Date;
};

export type OutboxOverview = {
  search: { pending: number; dead: number; letters: SearchDeadLetter[] };
  email: { pending: number; dead: number; letters: EmailDeadLetter[] };
};

/** Failed deliveries are the staff's to see and retry (coordinators and admins). */
function requireStaff(actor: Actor) {
  if (!isStaff(actor)) throw new DomainError("forbidden", "error.forbidden.body");
}

/** The newest dead letters of each outbox (at most 100 each) and how many wait in each. */
export async function getOutboxOverview(db: Database, actor: Actor): Promise<OutboxOverview> {
  requireStaff(actor);
  const [searchLetters, emailLetters, [searchCounts], [emailCounts]] = await Promise.all([
    db
      .select({
        id: searchOutbox.id,
        entity: searchOutbox.entity,
        entityId: searchOutbox.entityId,
        personName: people.fullName,
        personSlug: people.slug,
        orgName: organizations.name,
        orgSlug: organizations.slug,
        attempts: searchOutbox.attempts,
        lastError: searchOutbox.lastError,
        deadAt: searchOutbox.deadAt,
      })
      .from(searchOutbox)
      .leftJoin(
        people,
        and(eq(searchOutbox.entity, "person"), eq(people.id, searchOutbox.entityId)),
      )
      .leftJoin(
        organizations,
        and(eq(searchOutbox.entity, "organization"), eq(organizations.id, searchOutbox.entityId)),
      )
      .where(isNotNull(searchOutbox.deadAt))
      .orderBy(desc(searchOutbox.deadAt), desc(searchOutbox.id))
      .limit(LIMIT),
    db
      .select({
        id: emailOutbox.id,
        to: emailOutbox.to,
        subject: emailOutbox.subject,
        attempts: emailOutbox.attempts,
        lastError: emailOutbox.lastError,
        deadAt: emailOutbox.deadAt,
      })
      .from(emailOutbox)
      .where(isNotNull(emailOutbox.deadAt))
      .orderBy(desc(emailOutbox.deadAt), desc(emailOutbox.id))
      .limit(LIMIT),
    db
      .select(counts(searchOutbox.deadAt))
      .from(searchOutbox)
      .where(isNull(searchOutbox.processedAt)),
    db.select(counts(emailOutbox.deadAt)).from(emailOutbox).where(isNull(emailOutbox.sentAt)),
  ]);
  return {
    search: {
      ...searchCounts!,
      letters: searchLetters.map((row) => ({
        id: row.id,
        entity: row.entity,
        entityId: row.entityId,
        name: row.personName ?? row.orgName,
        href: row.personSlug
          ? `/people/${row.personSlug}`
          : row.orgSlug
            ? `/orgs/${row.orgSlug}`
            : null,
        attempts: row.attempts,
        lastError: row.lastError,
        deadAt: row.deadAt!,
      })),
    },
    email: {
      ...emailCounts!,
      letters: emailLetters.map((row) => ({ ...row, deadAt: row.deadAt! })),
    },
  };
}

const counts = (deadAt: typeof searchOutbox.deadAt | typeof emailOutbox.deadAt) => ({
  pending: sql<number>`(count(*) filter (where ${deadAt} is null))::int`,
  dead: sql<number>`(count(*) filter (where ${deadAt} is not null))::int`,
});

/**
 * Gives dead letters a fresh set of attempts, due now, and wakes the worker. `ids` limits it to
 * those rows; without it, every dead letter of the queue. Returns how many were re-queued.
 */
export async function retryDeadLetters(
  db: Database,
  actor: Actor,
  queue: OutboxQueue,
  ids?: number[],
): Promise<number> {
  requireStaff(actor);
  const table = queue === "search" ? searchOutbox : emailOutbox;
  return db.transaction(async (tx) => {
    const requeued = await tx
      .update(table)
      .set({ deadAt: null, attempts: 0, availableAt: sql`now()` })
      .where(and(isNotNull(table.deadAt), ids ? inArray(table.id, ids) : undefined))
      .returning({ id: table.id });
    if (requeued.length > 0) {
      const channel = queue === "search" ? SEARCH_OUTBOX_CHANNEL : EMAIL_OUTBOX_CHANNEL;
      await tx.execute(sql`select pg_notify(${channel}, '')`);
    }
    return requeued.length;
  });
}

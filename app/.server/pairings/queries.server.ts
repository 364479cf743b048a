import { and, asc, desc, eq, inArray, isNotNull, lte, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  type Pairing,
  type PairingSideKey,
  type PairingStatus,
  pairingEvents,
  pairingSides,
  pairings,
  people,
} from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { type ActorMembership, canDecideSide, canViewPairing, sidesOf } from "./access";
import { loadActorMemberships, loadParties, type PartyInfo, refOfSide } from "./parties.server";
import { type PairingFilters, PairingFiltersSchema } from "./schemas";
import { DECISION_STATUSES, OPEN_STATUSES, PAIRING_TRANSITIONS } from "./transitions";

export type PairingSummary = Pick<
  Pairing,
  "id" | "purpose" | "status" | "createdAt" | "updatedAt" | "statusChangedAt" | "dueAt"
> & {
  sides: {
    side: PairingSideKey;
    party: PartyInfo | null;
    decision: "pending" | "accepted" | "declined";
  }[];
  /** The sides the actor is a party to (empty for a coordinator who is not). */
  mySides: PairingSideKey[];
};

/** The ids of the pairings the actor is a party to (their person, or an organization of theirs). */
function partyCondition(actor: Actor, memberships: ActorMembership[]): SQL | undefined {
  const orgIds = memberships.map((m) => m.organizationId);
  const conditions = [
    actor.personId ? eq(pairingSides.personId, actor.personId) : undefined,
    orgIds.length > 0 ? inArray(pairingSides.organizationId, orgIds) : undefined,
  ].filter((c) => c !== undefined);
  return conditions.length > 0 ? or(...conditions) : undefined;
}

async function visibleIds(db: Executor, actor: Actor, memberships: ActorMembership[]) {
  if (isStaff(actor)) return null;
  const condition = partyCondition(actor, memberships);
  if (!condition) return [];
  const rows = await db
    .selectDistinct({ id: pairingSides.pairingId })
    .from(pairingSides)
    .where(condition);
  return rows.map((r) => r.id);
}

async function summarize(
  db: Executor,
  actor: Actor,
  memberships: ActorMembership[],
  rows: Pairing[],
): Promise<PairingSummary[]> {
  if (rows.length === 0) return [];
  const sides = await db
    .select()
    .from(pairingSides)
    .where(
      inArray(
        pairingSides.pairingId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(pairingSides.side));
  const parties = await loadParties(
    db,
    sides.flatMap((s) => refOfSide(s) ?? []),
  );
  return rows.map((p) => {
    const own = sides.filter((s) => s.pairingId === p.id);
    return {
      id: p.id,
      purpose: p.purpose,
      status: p.status,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      statusChangedAt: p.statusChangedAt,
      dueAt: p.dueAt,
      sides: own.map((s) => {
        const ref = refOfSide(s);
        return {
          side: s.side,
          party: ref ? (parties.get(`${ref.type}:${ref.id}`) ?? null) : null,
          decision: s.decision,
        };
      }),
      mySides: sidesOf(actor, memberships, own),
    };
  });
}

/** Every pairing for coordinators and admins; a party's own pairings for anyone else. */
export async function listPairings(
  db: Executor,
  actor: Actor,
  rawFilters: PairingFilters = {},
): Promise<PairingSummary[]> {
  const filters = PairingFiltersSchema.parse(rawFilters);
  const memberships = await loadActorMemberships(db, actor);
  const ids = await visibleIds(db, actor, memberships);
  if (ids !== null && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(pairings)
    .where(
      and(
        ids ? inArray(pairings.id, ids) : undefined,
        filters.status ? eq(pairings.status, filters.status) : undefined,
        filters.purpose ? eq(pairings.purpose, filters.purpose) : undefined,
      ),
    )
    .orderBy(desc(pairings.updatedAt), asc(pairings.id));
  return summarize(db, actor, memberships, rows);
}

/** One pairing with its history and what the actor may do with it; "not found" if not theirs. */
export async function getPairing(db: Executor, actor: Actor, pairingId: string) {
  const [row] = await db.select().from(pairings).where(eq(pairings.id, pairingId));
  if (!row) throw new DomainError("not_found", "pairings.error.not_found");
  const memberships = await loadActorMemberships(db, actor);
  const sideRows = await db.select().from(pairingSides).where(eq(pairingSides.pairingId, row.id));
  if (!canViewPairing(actor, memberships, sideRows))
    throw new DomainError("not_found", "pairings.error.not_found");
  const [[summary], events] = await Promise.all([
    summarize(db, actor, memberships, [row]),
    db
      .select({
        id: pairingEvents.id,
        kind: pairingEvents.kind,
        fromStatus: pairingEvents.fromStatus,
        toStatus: pairingEvents.toStatus,
        side: pairingEvents.side,
        decision: pairingEvents.decision,
        dueAt: pairingEvents.dueAt,
        note: pairingEvents.note,
        createdAt: pairingEvents.createdAt,
        actorName: people.fullName,
      })
      .from(pairingEvents)
      .leftJoin(people, eq(people.userId, pairingEvents.actorUserId))
      .where(eq(pairingEvents.pairingId, row.id))
      .orderBy(asc(pairingEvents.createdAt), asc(pairingEvents.id)),
  ]);
  const staff = isStaff(actor);
  const decisionsOpen = DECISION_STATUSES.includes(row.status);
  return {
    ...summary!,
    note: row.note,
    abandonReason: row.abandonReason,
    events,
    allowedTransitions: staff ? [...PAIRING_TRANSITIONS[row.status]] : ([] as PairingStatus[]),
    decidableSides: decisionsOpen
      ? sideRows.filter((s) => canDecideSide(actor, memberships, s)).map((s) => s.side)
      : [],
  };
}

export type PairingDetail = Awaited<ReturnType<typeof getPairing>>;

/**
 * Open pairings whose due date has passed or falls within the next `withinDays` days, soonest
 * first: for the coordinator's dashboard and a reminder job; a party sees only its own.
 */
export async function listPairingReminders(
  db: Executor,
  actor: Actor,
  { now = new Date(), withinDays = 7 }: { now?: Date; withinDays?: number } = {},
) {
  const memberships = await loadActorMemberships(db, actor);
  const ids = await visibleIds(db, actor, memberships);
  if (ids !== null && ids.length === 0) return [];
  const horizon = new Date(now.getTime() + withinDays * 86_400_000);
  const rows = await db
    .select()
    .from(pairings)
    .where(
      and(
        ids ? inArray(pairings.id, ids) : undefined,
        inArray(pairings.status, [...OPEN_STATUSES]),
        isNotNull(pairings.dueAt),
        lte(pairings.dueAt, horizon),
      ),
    )
    .orderBy(asc(pairings.dueAt), asc(pairings.id));
  const summaries = await summarize(db, actor, memberships, rows);
  return summaries.map((s) => ({
    ...s,
    overdue: s.dueAt!.getTime() < now.getTime(),
    daysLeft: Math.ceil((s.dueAt!.getTime() - now.getTime()) / 86_400_000),
  }));
}

import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  type Pairing,
  type PairingSide,
  pairingEvents,
  pairingSides,
  pairings,
} from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { canDecideSide, canViewPairing } from "./access";
import { type NoticeContext, notifyPairing } from "./notify.server";
import { loadActorMemberships, loadParties, refOfSide } from "./parties.server";
import type { CommandOptions } from "./propose.server";
import {
  type DecideSideInput,
  DecideSideSchema,
  type SetDueDateInput,
  SetDueDateSchema,
  type TransitionPairingInput,
  TransitionPairingSchema,
} from "./schemas";
import { checkTransition, DECISION_STATUSES, isOpen } from "./transitions";

/**
 * The pairing, locked for the rest of the transaction (two coordinators moving it at once apply one
 * after the other), if the actor may see it; otherwise "not found", whether it exists or not.
 */
async function lockVisiblePairing(tx: Executor, actor: Actor, pairingId: string) {
  const [pairing] = await tx
    .select()
    .from(pairings)
    .where(eq(pairings.id, pairingId))
    .for("update");
  if (!pairing) throw new DomainError("not_found", "pairings.error.not_found");
  const sides = await tx.select().from(pairingSides).where(eq(pairingSides.pairingId, pairingId));
  const memberships = await loadActorMemberships(tx, actor);
  if (!canViewPairing(actor, memberships, sides))
    throw new DomainError("not_found", "pairings.error.not_found");
  return { pairing, sides, memberships };
}

async function noticeContext(
  tx: Executor,
  actor: Actor,
  pairing: Pairing,
  sides: PairingSide[],
  options: CommandOptions,
): Promise<NoticeContext> {
  const refs = sides.map(refOfSide);
  const parties = await loadParties(
    tx,
    refs.flatMap((r) => (r ? [r] : [])),
  );
  const name = (side: "a" | "b") => {
    const ref = refs[sides.findIndex((s) => s.side === side)];
    return (ref && parties.get(`${ref.type}:${ref.id}`)?.name) ?? "—";
  };
  return {
    pairingId: pairing.id,
    purpose: pairing.purpose,
    names: { a: name("a"), b: name("b") },
    sides,
    actorUserId: actor.userId,
    alsoUserIds: pairing.proposedBy ? [pairing.proposedBy] : [],
    linkOrigin: options.linkOrigin,
  };
}

function parse<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
): T {
  if (result.success) return result.data;
  const reasonMissing = result.error.issues.some(
    (i) => i.message === "pairings.error.reason_required",
  );
  throw reasonMissing
    ? new DomainError("reason_required", "pairings.error.reason_required", { field: "reason" })
    : new DomainError("invalid_input", "pairings.error.invalid_input");
}

/** A coordinator moves a pairing along the pipeline (see transitions.ts for what is allowed). */
export async function transitionPairing(
  db: Executor,
  actor: Actor,
  raw: TransitionPairingInput,
  options: CommandOptions = {},
) {
  const input = parse(TransitionPairingSchema.safeParse(raw));
  return db.transaction(async (tx) => {
    const { pairing, sides } = await lockVisiblePairing(tx, actor, input.pairingId);
    if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
    const check = checkTransition({
      from: pairing.status,
      to: input.to,
      reason: input.reason,
      decisions: sides.map((s) => s.decision),
    });
    if (!check.ok) throw new DomainError(check.reason, `pairings.error.${check.reason}`);
    const now = options.now ?? new Date();
    const dueAt = !isOpen(input.to)
      ? null
      : input.dueAt === undefined
        ? pairing.dueAt
        : input.dueAt;
    await tx
      .update(pairings)
      .set({
        status: input.to,
        abandonReason: input.to === "abandoned" ? input.reason! : null,
        dueAt,
        updatedAt: now,
        statusChangedAt: now,
      })
      .where(eq(pairings.id, pairing.id));
    await tx.insert(pairingEvents).values({
      pairingId: pairing.id,
      actorUserId: actor.userId,
      kind: "status_changed",
      fromStatus: pairing.status,
      toStatus: input.to,
      dueAt,
      note: input.to === "abandoned" ? input.reason! : input.note,
      createdAt: now,
    });
    await notifyPairing(tx, await noticeContext(tx, actor, pairing, sides, options), {
      kind: "status_changed",
      from: pairing.status,
      to: input.to,
    });
    return { pairingId: pairing.id, status: input.to };
  });
}

/** A party (or a coordinator for it) accepts or declines its side, while the pairing is young. */
export async function decideSide(
  db: Executor,
  actor: Actor,
  raw: DecideSideInput,
  options: CommandOptions = {},
) {
  const input = parse(DecideSideSchema.safeParse(raw));
  return db.transaction(async (tx) => {
    const { pairing, sides, memberships } = await lockVisiblePairing(tx, actor, input.pairingId);
    const side = sides.find((s) => s.side === input.side);
    if (!side) throw new DomainError("not_found", "pairings.error.not_found");
    if (!canDecideSide(actor, memberships, side))
      throw new DomainError("forbidden", "pairings.error.forbidden");
    if (!DECISION_STATUSES.includes(pairing.status))
      throw new DomainError("decision_closed", "pairings.error.decision_closed");
    const now = options.now ?? new Date();
    await tx
      .update(pairingSides)
      .set({ decision: input.decision, decidedAt: now, decidedBy: actor.userId })
      .where(and(eq(pairingSides.pairingId, pairing.id), eq(pairingSides.side, input.side)));
    await tx.update(pairings).set({ updatedAt: now }).where(eq(pairings.id, pairing.id));
    await tx.insert(pairingEvents).values({
      pairingId: pairing.id,
      actorUserId: actor.userId,
      kind: "side_decided",
      side: input.side,
      decision: input.decision,
      note: input.note,
      createdAt: now,
    });
    const ctx = await noticeContext(tx, actor, pairing, sides, options);
    await notifyPairing(tx, ctx, {
      kind: "side_decided",
      party: ctx.names[input.side],
      decision: input.decision,
    });
    return { pairingId: pairing.id, side: input.side, decision: input.decision };
  });
}

/** A coordinator sets (or clears) the date the next step is due; reminders follow it. */
export async function setPairingDueDate(
  db: Executor,
  actor: Actor,
  raw: SetDueDateInput,
  options: CommandOptions = {},
) {
  const input = parse(SetDueDateSchema.safeParse(raw));
  return db.transaction(async (tx) => {
    const { pairing, sides } = await lockVisiblePairing(tx, actor, input.pairingId);
    if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
    if (!isOpen(pairing.status))
      throw new DomainError("invalid_transition", "pairings.error.invalid_transition");
    const now = options.now ?? new Date();
    await tx
      .update(pairings)
      .set({ dueAt: input.dueAt, updatedAt: now })
      .where(eq(pairings.id, pairing.id));
    await tx.insert(pairingEvents).values({
      pairingId: pairing.id,
      actorUserId: actor.userId,
      kind: "due_changed",
      dueAt: input.dueAt,
      note: input.note,
      createdAt: now,
    });
    await notifyPairing(tx, await noticeContext(tx, actor, pairing, sides, options), {
      kind: "due_changed",
      dueAt: input.dueAt,
    });
    return { pairingId: pairing.id, dueAt: input.dueAt };
  });
}

import type { Executor } from "../../../db/client";
import { pairingEvents, pairingSides, pairings } from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { type ConflictWarning, findConflicts } from "./conflicts.server";
import { notifyPairing } from "./notify.server";
import { loadParties, partyKey } from "./parties.server";
import { type PartyRef, type ProposePairingInput, ProposePairingSchema } from "./schemas";

/** A proposal's first due date when the coordinator sets none: two weeks to get in touch. */
export const DEFAULT_DUE_DAYS = 14;

export type ProposeResult =
  | { status: "needs_confirmation"; warnings: ConflictWarning[] }
  | { status: "proposed"; pairingId: string; warnings: ConflictWarning[] };

export type CommandOptions = { linkOrigin?: string; now?: Date };

/**
 * A coordinator proposes a pairing. Conflict-of-interest warnings come back first
 * (`needs_confirmation`) unless the coordinator acknowledged them; then the pairing, its two
 * sides, the first history entry and the notifications to both sides commit together.
 */
export async function proposePairing(
  db: Executor,
  actor: Actor,
  raw: ProposePairingInput,
  options: CommandOptions = {},
): Promise<ProposeResult> {
  if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
  const parsed = ProposePairingSchema.safeParse(raw);
  if (!parsed.success) {
    const sameParty = parsed.error.issues.some((i) => i.message === "pairings.error.same_party");
    throw sameParty
      ? new DomainError("same_party", "pairings.error.same_party", { field: "sideB" })
      : new DomainError("invalid_input", "pairings.error.invalid_input");
  }
  const input = parsed.data;
  const parties = await loadParties(db, [input.sideA, input.sideB]);
  const a = parties.get(partyKey(input.sideA));
  const b = parties.get(partyKey(input.sideB));
  if (!a || !b) throw new DomainError("unknown_party", "pairings.error.unknown_party");

  const warnings = await findConflicts(db, input.sideA, input.sideB);
  if (warnings.length > 0 && !input.acknowledgeConflicts) {
    return { status: "needs_confirmation", warnings };
  }
  const now = options.now ?? new Date();
  const dueAt =
    input.dueAt === undefined
      ? new Date(now.getTime() + DEFAULT_DUE_DAYS * 86_400_000)
      : input.dueAt;

  const pairingId = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pairings)
      .values({
        purpose: input.purpose,
        note: input.note,
        dueAt,
        proposedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        statusChangedAt: now,
      })
      .returning({ id: pairings.id });
    const id = created!.id;
    const sides = [sideRow(id, "a", input.sideA), sideRow(id, "b", input.sideB)];
    await tx.insert(pairingSides).values(sides);
    await tx.insert(pairingEvents).values({
      pairingId: id,
      actorUserId: actor.userId,
      kind: "proposed",
      toStatus: "proposed",
      dueAt,
      note: input.note,
      createdAt: now,
    });
    await notifyPairing(
      tx,
      {
        pairingId: id,
        purpose: input.purpose,
        names: { a: a.name, b: b.name },
        sides,
        actorUserId: actor.userId,
        linkOrigin: options.linkOrigin,
      },
      { kind: "proposed" },
    );
    return id;
  });
  return { status: "proposed", pairingId, warnings };
}

function sideRow(pairingId: string, side: "a" | "b", ref: PartyRef) {
  return {
    pairingId,
    side,
    personId: ref.type === "person" ? ref.id : null,
    organizationId: ref.type === "organization" ? ref.id : null,
  };
}

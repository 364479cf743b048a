import type { Executor } from "../../../db/client";
import type { ConventionKind, PairingStatus, SideDecision } from "../../../db/schema";
import { notify } from "../notices";
import type { SideParty } from "./access";
import { loadRecipients, loadUserEmails } from "./parties.server";

export type PairingNotice =
  | { kind: "proposed" }
  | { kind: "status_changed"; from: PairingStatus; to: PairingStatus }
  | { kind: "side_decided"; party: string; decision: SideDecision; onBehalf?: boolean }
  | { kind: "due_changed"; dueAt: Date | null };

export type NoticeContext = {
  pairingId: string;
  purpose: ConventionKind;
  /** Display names of side a and side b. */
  names: { a: string; b: string };
  sides: Pick<SideParty, "side" | "personId" | "organizationId">[];
  /** Who did it: never notified of their own action. */
  actorUserId: string | null;
  /** Also told (the coordinator who proposed, when a party answers). */
  alsoUserIds?: string[];
};

/**
 * Tells who has to know, in the caller's transaction: the people who answer for each side (a
 * person, or an organization's representatives — not every member) and the coordinator who
 * proposed. A proposal asks each side's people to answer for that side only. The e-mail follows
 * from the notice, in the reader's language, grouped with the rest of a burst (app/.server/notices).
 */
export async function notifyPairing(tx: Executor, ctx: NoticeContext, notice: PairingNotice) {
  const link = `/pairings/${ctx.pairingId}`;
  const perSide = await Promise.all(
    ctx.sides.map(async (side) => ({ side, recipients: await loadRecipients(tx, [side]) })),
  );
  const coordinators = await loadUserEmails(tx, ctx.alsoUserIds ?? []);
  const base = payloadOf(ctx, notice);
  const notices = [
    ...perSide.flatMap(({ side, recipients }) =>
      recipients.map((r) => ({
        userId: r.userId,
        // A proposal asks each side to answer; a decision or a move just informs.
        kind: notice.kind === "proposed" ? "pairing.answer_requested" : `pairing.${notice.kind}`,
        payload: { ...base, side: side.side, forParty: ctx.names[side.side] },
        link,
      })),
    ),
    ...coordinators.map((c) => ({
      userId: c.userId,
      kind: `pairing.${notice.kind}`,
      payload: base,
      link,
    })),
  ];
  await notify(tx, notices, ctx.actorUserId);
}

function payloadOf(ctx: NoticeContext, notice: PairingNotice) {
  return {
    pairingId: ctx.pairingId,
    purpose: ctx.purpose,
    a: ctx.names.a,
    b: ctx.names.b,
    from: notice.kind === "status_changed" ? notice.from : null,
    to: notice.kind === "status_changed" ? notice.to : null,
    party: notice.kind === "side_decided" ? notice.party : null,
    decision: notice.kind === "side_decided" ? notice.decision : null,
    dueAt: notice.kind === "due_changed" ? (notice.dueAt?.toISOString() ?? null) : null,
  };
}

import { PAIRING_STATUSES, type PairingStatus } from "../../../db/schema";

/**
 * The pipeline, as data: each status and the statuses it may move to. A pairing moves forward one
 * step at a time, or is abandoned from any open status; completed and abandoned are final.
 */
export const PAIRING_TRANSITIONS: Readonly<Record<PairingStatus, readonly PairingStatus[]>> = {
  proposed: ["contacted", "abandoned"],
  contacted: ["agreed", "abandoned"],
  agreed: ["convention_signed", "abandoned"],
  convention_signed: ["active", "abandoned"],
  active: ["completed", "abandoned"],
  completed: [],
  abandoned: [],
};

export const OPEN_STATUSES: readonly PairingStatus[] = PAIRING_STATUSES.filter(
  (s) => PAIRING_TRANSITIONS[s].length > 0,
);

/** Statuses in which the parties may still accept or decline their part. */
export const DECISION_STATUSES: readonly PairingStatus[] = ["proposed", "contacted"];

export function isOpen(status: PairingStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canTransition(from: PairingStatus, to: PairingStatus): boolean {
  return PAIRING_TRANSITIONS[from].includes(to);
}

export type TransitionCheck =
  | { ok: true }
  | {
      ok: false;
      reason:
        | "invalid_transition"
        | "reason_required"
        | "sides_not_accepted"
        | "convention_required";
    };

type Decision = "pending" | "accepted" | "declined";

/**
 * Whether a move is allowed, with what it needs besides the table: abandoning says why, a pairing
 * is "agreed" only once both sides have accepted their part, and "convention signed" only with
 * the convention recorded (date, signatories, document: recordConvention).
 */
export function checkTransition(input: {
  from: PairingStatus;
  to: PairingStatus;
  reason?: string | null;
  decisions: readonly Decision[];
  conventionRecorded?: boolean;
}): TransitionCheck {
  if (!canTransition(input.from, input.to)) return { ok: false, reason: "invalid_transition" };
  if (input.to === "abandoned" && !input.reason?.trim()) {
    return { ok: false, reason: "reason_required" };
  }
  if (input.to === "agreed" && !input.decisions.every((d) => d === "accepted")) {
    return { ok: false, reason: "sides_not_accepted" };
  }
  if (input.to === "convention_signed" && !input.conventionRecorded) {
    return { ok: false, reason: "convention_required" };
  }
  return { ok: true };
}

/**
 * The moves the status form offers this actor now: none for a party (coordinators move
 * pairings), and for a coordinator only those checkTransition would accept — no "agreed" while a
 * side has not accepted. "Convention signed" has its own form (date, signatories, PDF).
 */
export function movesFor(input: {
  staff: boolean;
  from: PairingStatus;
  decisions: readonly Decision[];
}): { moves: PairingStatus[]; convention: boolean } {
  if (!input.staff) return { moves: [], convention: false };
  const moves = PAIRING_TRANSITIONS[input.from].filter((to) => {
    const check = checkTransition({ ...input, to, reason: "x" });
    return check.ok;
  });
  return { moves, convention: canTransition(input.from, "convention_signed") };
}

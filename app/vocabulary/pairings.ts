// The co-development pairing pipeline; the allowed moves live in app/.server/pairings/transitions.ts.

export const PAIRING_STATUSES = [
  "proposed",
  "contacted",
  "agreed",
  "convention_signed",
  "active",
  "completed",
  "abandoned",
] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const PAIRING_SIDES = ["a", "b"] as const;
export type PairingSideKey = (typeof PAIRING_SIDES)[number];

export const SIDE_DECISIONS = ["pending", "accepted", "declined"] as const;
export type SideDecision = (typeof SIDE_DECISIONS)[number];

export const PAIRING_EVENT_KINDS = [
  "proposed",
  "status_changed",
  "side_decided",
  "due_changed",
] as const;
export type PairingEventKind = (typeof PAIRING_EVENT_KINDS)[number];

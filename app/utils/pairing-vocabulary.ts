// Client-safe copies of the pipeline's vocabularies (db/schema stays server-only);
// pairing-vocabulary.test.ts keeps them in step with db/schema/pairings.ts.
export const PAIRING_STATUSES = [
  "proposed",
  "contacted",
  "agreed",
  "convention_signed",
  "active",
  "completed",
  "abandoned",
] as const;
export type PairingStatusValue = (typeof PAIRING_STATUSES)[number];
export const PAIRING_SIDES = ["a", "b"] as const;
export const SIDE_DECISIONS = ["pending", "accepted", "declined"] as const;

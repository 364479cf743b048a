// The pairing pipeline's entry points: routes and the dashboard use these, never the tables.
export {
  type Actor,
  canDecideSide,
  canViewPairing,
  isStaff,
} from "./access";
export { type ConflictWarning, checkPairingConflicts } from "./conflicts.server";
export {
  isPairingError,
  PairingError,
  type PairingErrorCode,
  pairingErrorStatus,
} from "./errors";
export { loadActor } from "./parties.server";
export { type ProposeResult, proposePairing } from "./propose.server";
export {
  getPairing,
  listPairingReminders,
  listPairings,
  type PairingDetail,
  type PairingSummary,
} from "./queries.server";
export * from "./schemas";
export {
  canTransition,
  checkTransition,
  isOpen,
  OPEN_STATUSES,
  PAIRING_TRANSITIONS,
} from "./transitions";
export { decideSide, setPairingDueDate, transitionPairing } from "./workflow.server";

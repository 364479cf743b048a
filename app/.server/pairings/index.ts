// The pairing pipeline's entry points: routes and the dashboard use these, never the tables.
export { canDecideSide, canViewPairing } from "./access";
export { type ConflictWarning, checkPairingConflicts } from "./conflicts.server";
export {
  CONVENTION_MAX_BYTES,
  checkConventionFile,
  conventionDirectory,
  readConvention,
  recordConvention,
} from "./convention.server";
export { type ProposeResult, proposePairing } from "./propose.server";
export {
  getPairing,
  listPairingReminders,
  listPairings,
  type PairingDetail,
  type PairingSummary,
} from "./queries.server";
export { sendDueReminders } from "./reminders.server";
export * from "./schemas";
export {
  canTransition,
  checkTransition,
  isOpen,
  movesFor,
  OPEN_STATUSES,
  PAIRING_TRANSITIONS,
} from "./transitions";
export { decideSide, setPairingDueDate, transitionPairing } from "./workflow.server";

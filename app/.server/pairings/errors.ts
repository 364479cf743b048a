/** Why a pairing action was refused; routes turn the code into a status (see `pairingErrorStatus`). */
export type PairingErrorCode =
  | "not_found"
  | "forbidden"
  | "invalid_input"
  | "unknown_party"
  | "same_party"
  | "invalid_transition"
  | "reason_required"
  | "sides_not_accepted"
  | "decision_closed";

const STATUS: Record<PairingErrorCode, number> = {
  // A party who may not see a pairing is told it does not exist.
  not_found: 404,
  forbidden: 403,
  invalid_input: 400,
  unknown_party: 400,
  same_party: 400,
  reason_required: 400,
  invalid_transition: 409,
  sides_not_accepted: 409,
  decision_closed: 409,
};

export class PairingError extends Error {
  readonly code: PairingErrorCode;
  constructor(code: PairingErrorCode, message: string = code) {
    super(message);
    this.name = "PairingError";
    this.code = code;
  }
}

export function pairingErrorStatus(code: PairingErrorCode): number {
  return STATUS[code];
}

export function isPairingError(error: unknown): error is PairingError {
  return error instanceof PairingError;
}

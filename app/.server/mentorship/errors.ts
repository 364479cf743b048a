/** Why a mentorship action was refused; routes turn the code into a status and a message. */
export type MentorshipErrorCode =
  | "not_found"
  | "forbidden"
  | "invalid_input"
  | "not_a_student"
  | "self_request"
  | "mentor_unavailable"
  | "mentor_unreachable"
  | "mentoring_paused"
  | "capacity_full"
  | "already_open"
  | "invalid_transition";

const STATUS: Record<MentorshipErrorCode, number> = {
  // A request the actor may not see does not exist for them.
  not_found: 404,
  forbidden: 403,
  not_a_student: 403,
  invalid_input: 400,
  self_request: 400,
  mentor_unavailable: 400,
  mentor_unreachable: 400,
  mentoring_paused: 409,
  capacity_full: 409,
  already_open: 409,
  invalid_transition: 409,
};

export class MentorshipError extends Error {
  readonly code: MentorshipErrorCode;
  constructor(code: MentorshipErrorCode) {
    super(code);
    this.name = "MentorshipError";
    this.code = code;
  }
}

export function mentorshipErrorStatus(code: MentorshipErrorCode): number {
  return STATUS[code];
}

export function isMentorshipError(error: unknown): error is MentorshipError {
  return error instanceof MentorshipError;
}

import type { MessageKey } from "~/utils/i18n";

/**
 * Why the domain refused, and the HTTP status the route boundary answers with. A refusal the actor
 * may not even learn about (someone else's request) is `not_found`, never `forbidden`.
 */
const STATUS = {
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  invalid_input: 400,
  invalid_credentials: 400,
  unknown_account: 400,
  unknown_party: 400,
  same_party: 400,
  reason_required: 400,
  due_in_past: 400,
  on_behalf_note_required: 400,
  invalid_document: 400,
  document_too_large: 413,
  self_request: 400,
  mentor_unavailable: 400,
  mentor_unreachable: 400,
  email_taken: 400,
  doi_taken: 400,
  not_a_student: 403,
  invalid_transition: 409,
  sides_not_accepted: 409,
  convention_required: 409,
  decision_closed: 409,
  mentoring_paused: 409,
  capacity_full: 409,
  already_open: 409,
  last_admin: 409,
  last_representative: 409,
  rate_limited: 429,
} as const;

export type DomainErrorCode = keyof typeof STATUS;
export type MessageParams = Record<string, string | number>;

/**
 * The one error the domain throws. It carries a code (and so a status), the message to show in the
 * reader's language, and the form field it is about, if any. Routes never build responses for it:
 * the route boundary (http/domain-boundary.server.ts) turns an uncaught one into a response, and a
 * form shows a caught one next to its field (utils/forms: refusalReply).
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly status: number;
  readonly messageKey: MessageKey;
  readonly params?: MessageParams;
  readonly field?: string;

  constructor(
    code: DomainErrorCode,
    messageKey: MessageKey,
    options: { params?: MessageParams; field?: string } = {},
  ) {
    super(code);
    this.name = "DomainError";
    this.code = code;
    this.status = STATUS[code];
    this.messageKey = messageKey;
    this.params = options.params;
    this.field = options.field;
  }
}

/**
 * Recognizes a DomainError by shape, not by class: server/index.ts and the Remix build each load
 * their own copy of this module, so `instanceof` fails across the two.
 */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof Error &&
    error.name === "DomainError" &&
    typeof (error as DomainError).code === "string" &&
    typeof (error as DomainError).status === "number"
  );
}

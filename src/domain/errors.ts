/** Stable error codes: the one catalogue shared by the domain, the API and the CLI. */
export const ERROR_CODES = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  invalid_transition: 409,
  deadline_passed: 409,
  rate_limited: 429,
  store_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
}

/** A failure the domain can name; the edge translates it to an HTTP status or an exit code. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError("not_found", `${what} ${id} does not exist or is not visible to you`);

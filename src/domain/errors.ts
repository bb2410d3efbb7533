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

/** Values a refusal's or an issue's wording is filled with: counts, labels, names. */
export type WordingParams = Readonly<Record<string, string | number>>;

/** The kinds of problem a field of a request can have, which each interface language words (`errors.issue.<code>`). */
export const ISSUE_PROBLEMS = ["required", "too_short", "too_long", "too_small", "too_big", "invalid", "unknown_field"] as const;
export type IssueProblem = (typeof ISSUE_PROBLEMS)[number];

/** What is wrong with one field: its path, the English message, and what the interface words it from. */
export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
  /** The kind of problem (`required`, `too_long` …) that each interface language words itself, with its values. */
  readonly problem?: { readonly code: IssueProblem; readonly params: WordingParams };
}

/** A refusal named precisely (`quorum_missing_open`), with the values its wording needs, for every interface language. */
export interface ErrorReason {
  readonly code: string;
  readonly params: WordingParams;
}

/** A failure the domain can name; the edge translates it to an HTTP status or an exit code. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
    readonly details?: unknown,
    /** The precise refusal, when the catalogue of `refusals.ts` names it; the message is then its English wording. */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError("not_found", `${what} ${id} does not exist or is not visible to you`);

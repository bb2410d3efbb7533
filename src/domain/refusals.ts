import { DomainError, type ErrorCode, type ErrorIssue, type WordingParams } from "./errors.js";

/**
 * Refusals named precisely, each with its error code and its English wording, `{{name}}` marking a value. The server
 * sends the code and the values beside the English message (which the CLI prints); the web app words the code in the
 * interface language from `errors.reason.<code>` of its locale files, so no English reaches an Arabic screen.
 */
export const REFUSALS = {
  quorum_missing_open: {
    code: "conflict",
    english: "No quorum: {{counted}} counted present of the {{required}} required; the vote cannot open",
  },
  quorum_missing_close: {
    code: "conflict",
    english: "No quorum: {{counted}} counted present of the {{required}} required; the vote cannot close",
  },
  vote_already_open: { code: "conflict", english: "A vote on this recommendation is already open" },
  vote_opened_by_chair: { code: "forbidden", english: "Only the chair presiding over the group opens a vote" },
  vote_closed_by_chair: { code: "forbidden", english: "Only the chair presiding over the group closes or reopens a vote" },
  vote_by_members: { code: "forbidden", english: "Only the group's members vote" },
  sign_in_first: { code: "unauthenticated", english: "Sign in first" },
  not_checked_in: { code: "invalid_transition", english: "This person is not checked in" },
  deadline_passed_amendments: {
    code: "deadline_passed",
    english:
      "The deadline for amendments was {{date}}, {{time}} ({{timeZone}}); a late amendment needs the secretariat's explicit acceptance",
  },
  file_unreadable: { code: "validation_failed", english: "{{file}}, {{where}}: {{why}}" },
  file_too_large: {
    code: "payload_too_large",
    english: "{{file}}: {{size}} MB is more than the {{limit}} MB a {{format}} draft may have",
  },
} as const satisfies Record<string, { readonly code: ErrorCode; readonly english: string }>;

export type RefusalCode = keyof typeof REFUSALS;

/** A wording with its `{{name}}` slots filled; a slot without a value stays as it is, to be seen. */
export const fillWording = (wording: string, params: WordingParams): string =>
  wording.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));

/** The DomainError of a catalogued refusal: its code, its English message, and the reason the interfaces word. */
export const refusal = (
  reason: RefusalCode,
  params: WordingParams = {},
  issues: readonly ErrorIssue[] = [],
  details?: unknown,
): DomainError =>
  new DomainError(REFUSALS[reason].code, fillWording(REFUSALS[reason].english, params), issues, details, { code: reason, params });

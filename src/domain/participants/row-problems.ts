import type { WordingParams } from "../errors.js";

/**
 * What can be wrong in a row of a participants file, each with its English sentence (`{{name}}` marks a value): the
 * import report carries the code and values too, and each interface language words them (`errors.row.<code>`).
 */
export const ROW_PROBLEMS = {
  unknown_column: "unknown column; the columns are {{columns}}",
  second_column: "a second {{column}} column",
  missing_column: "missing column",
  extra_fields: "{{fields}} fields where the header has {{expected}}: check the quotes around fields that hold commas",
  empty: "empty",
  too_long: "longer than {{maximum}} characters",
  not_gender: '"{{value}}" is not a gender; write woman, man, other or leave empty',
  not_birth_year: '"{{value}}" is not a birth year between 1900 and {{latest}}',
  not_age_band: '"{{value}}" is not an age band; write e.g. <45, 45-59 or 60+',
  not_working_language: "{{value}}: not a working language (en, fr, es, ar)",
  not_email: '"{{value}}" is not an email address',
  email_taken: "an account with this email already exists",
  same_email: "the same email as row {{row}}",
  not_role: '"{{value}}" is not a role an import may give ({{roles}})',
  observer_needs_email: "an observer needs an email to sign in",
  bureau_needs_email: "a Bureau member needs an email to sign in",
  already_participant: "{{name}} ({{parliament}}) is already a participant of this event",
  same_person: "the same person as row {{row}}",
  delegation_of_another: "the delegation {{delegation}} belongs to {{owner}}, not {{parliament}}",
} as const;

export type RowProblemCode = keyof typeof ROW_PROBLEMS;

/** A row problem's English sentence, its values filled in. */
export const rowProblemInEnglish = (code: RowProblemCode, params: WordingParams = {}): string =>
  ROW_PROBLEMS[code].replace(/\{\{(\w+)\}\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));

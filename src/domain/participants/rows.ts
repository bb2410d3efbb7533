import { DomainError, type WordingParams } from "../errors.js";
import type { Language } from "../language.js";
import type { Gender } from "../model.js";
import {
  columnOf,
  IMPORT_ROLES,
  parseAgeBand,
  parseEmail,
  parseGender,
  parseLanguages,
  parseRole,
  REQUIRED_COLUMNS,
  type Column,
  type ImportRole,
} from "./columns.js";
import type { CsvRecord } from "./csv.js";
import { rowProblemInEnglish, type RowProblemCode } from "./row-problems.js";

/** A participant read from one valid row. */
export interface ParticipantRow {
  readonly row: number;
  readonly name: string;
  readonly parliament: string;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
  readonly languages: readonly Language[];
  readonly email: string | null;
  readonly role: ImportRole;
  readonly delegation: string;
}

/** What is wrong, where: the spreadsheet row (the header is row 1) and the column as the file names it. */
export interface RowProblem {
  readonly row: number;
  readonly column: string | null;
  /** In English, as the CLI and older clients read it. */
  readonly problem: string;
  /** The same problem as a code and its values, for each interface language to word. */
  readonly because: { readonly code: RowProblemCode; readonly params: WordingParams };
}

/** What already exists, so that a row repeating it is reported instead of imported twice. */
export interface Existing {
  readonly emails: ReadonlySet<string>;
  /** `personKey` of each participant of the event. */
  readonly people: ReadonlySet<string>;
  /** Delegation name (lower-cased) → its parliament. */
  readonly delegations: ReadonlyMap<string, string>;
}

export interface RowReport {
  readonly rows: number;
  readonly valid: readonly ParticipantRow[];
  readonly problems: readonly RowProblem[];
}

const LIMIT = { name: 200, parliament: 200, delegation: 200 } as const;

/** The key that says two rows are the same person: name and parliament, ignoring case and spacing. */
export const personKey = (name: string, parliament: string): string =>
  `${name.trim().toLowerCase().replace(/\s+/g, " ")}|${parliament.trim().toLowerCase().replace(/\s+/g, " ")}`;

/** One problem of one row, in English and as its code and values. */
const rowProblem = (row: number, column: string | null, code: RowProblemCode, params: WordingParams = {}): RowProblem => ({
  row,
  column,
  problem: rowProblemInEnglish(code, params),
  because: { code, params },
});

/** Maps the header to columns; a missing required column or an unknown one stops the import as a whole. */
export const readHeader = (header: CsvRecord | undefined): Map<Column, number> => {
  if (!header)
    throw new DomainError("validation_failed", "The file is empty: it needs a header row and one row per participant", [
      { path: "csv", message: "empty file" },
    ]);
  const at = new Map<Column, number>();
  const problems: RowProblem[] = [];
  header.fields.forEach((raw, index) => {
    if (raw.trim() === "") return;
    const column = columnOf(raw);
    if (column === null) problems.push(rowProblem(1, raw, "unknown_column", { columns: knownColumns }));
    else if (at.has(column)) problems.push(rowProblem(1, raw, "second_column", { column }));
    else at.set(column, index);
  });
  for (const c of REQUIRED_COLUMNS) if (!at.has(c)) problems.push(rowProblem(1, c, "missing_column"));
  if (problems.length > 0)
    throw new DomainError(
      "validation_failed",
      `The header row is not right: ${problems.map((p) => `${p.column} (${p.problem})`).join("; ")}`,
      toIssues(problems),
      {
        problems,
      },
    );
  return at;
};

const knownColumns = "name, parliament (or country), gender, birth year, age band, languages, email, role, delegation";

/** Error issues in the catalogue's shape: `csv:ROW:COLUMN`. */
export const toIssues = (problems: readonly RowProblem[]) =>
  problems.map((p) => ({ path: `csv:${p.row}${p.column === null ? "" : `:${p.column}`}`, message: p.problem }));

/**
 * Checks every row and reports every problem, row by row: nothing is half-checked; lines starting with # are skipped. Duplicates are
 * looked for within the file and against what exists. `currentYear` bounds birth years.
 */
export const validateParticipantRows = (records: readonly CsvRecord[], existing: Existing, currentYear: number): RowReport => {
  const [header, ...lines] = records;
  // The template's explanations are comment lines: a first field starting with # is not a person.
  const rows = lines.filter((r) => !(r.fields[0] ?? "").trimStart().startsWith("#"));
  const at = readHeader(header);
  if (rows.length === 0)
    throw new DomainError("validation_failed", "The file has a header but no participant rows", [{ path: "csv", message: "no rows" }]);
  const headerName = (c: Column) => header!.fields[at.get(c)!]!.trim();
  const valid: ParticipantRow[] = [];
  const problems: RowProblem[] = [];
  const emails = new Map<string, number>();
  const people = new Map<string, number>();
  const delegations = new Map<string, string>(existing.delegations);
  for (const record of rows) {
    const row = record.row;
    const own: RowProblem[] = [];
    const cell = (c: Column) => (at.has(c) ? (record.fields[at.get(c)!] ?? "").trim() : "");
    const fail = (c: Column | null, code: RowProblemCode, params: WordingParams = {}) =>
      own.push(rowProblem(row, c === null ? null : headerName(c), code, params));
    const extra = record.fields.slice(header!.fields.length).filter((f) => f.trim() !== "");
    if (extra.length > 0) fail(null, "extra_fields", { fields: record.fields.length, expected: header!.fields.length });

    const name = cell("name");
    if (name === "") fail("name", "empty");
    else if (name.length > LIMIT.name) fail("name", "too_long", { maximum: LIMIT.name });
    const parliament = cell("parliament");
    if (parliament === "") fail("parliament", "empty");
    else if (parliament.length > LIMIT.parliament) fail("parliament", "too_long", { maximum: LIMIT.parliament });
    const gender = parseGender(cell("gender"));
    if (gender === null) fail("gender", "not_gender", { value: cell("gender") });

    let birthYear: number | null = null;
    const year = cell("birth_year");
    if (year !== "") {
      birthYear = /^\d{4}$/.test(year) ? Number(year) : NaN;
      if (!(birthYear >= 1900 && birthYear <= currentYear)) fail("birth_year", "not_birth_year", { value: year, latest: currentYear });
    }
    let ageBand: string | null = null;
    const band = cell("age_band");
    if (band !== "") {
      if (/^\d{4}$/.test(band) && birthYear === null && Number(band) >= 1900 && Number(band) <= currentYear) birthYear = Number(band);
      else if ((ageBand = parseAgeBand(band)) === null) fail("age_band", "not_age_band", { value: band });
    }

    const { languages, unknown } = parseLanguages(cell("languages"));
    if (unknown.length > 0) fail("languages", "not_working_language", { value: unknown.join(", ") });

    let email: string | null = null;
    if (cell("email") !== "") {
      email = parseEmail(cell("email"));
      if (email === null) fail("email", "not_email", { value: cell("email") });
      else if (existing.emails.has(email)) fail("email", "email_taken");
      else if (emails.has(email)) fail("email", "same_email", { row: emails.get(email)! });
      else emails.set(email, row);
    }
    const role = parseRole(cell("role"));
    if (role === null) fail("role", "not_role", { value: cell("role"), roles: IMPORT_ROLES.join(", ") });
    else if (role !== "participant" && email === null && cell("email") === "")
      fail("email", role === "observer" ? "observer_needs_email" : "bureau_needs_email");

    if (name !== "" && parliament !== "") {
      const key = personKey(name, parliament);
      if (existing.people.has(key)) fail("name", "already_participant", { name, parliament });
      else if (people.has(key)) fail("name", "same_person", { row: people.get(key)! });
      else people.set(key, row);
    }
    const delegation = cell("delegation") || parliament;
    if (delegation.length > LIMIT.delegation) fail("delegation", "too_long", { maximum: LIMIT.delegation });
    const owner = delegations.get(delegation.toLowerCase());
    if (parliament !== "" && owner !== undefined && owner.toLowerCase() !== parliament.toLowerCase())
      fail("delegation", "delegation_of_another", { delegation, owner, parliament });

    if (own.length > 0) {
      problems.push(...own);
      continue;
    }
    if (owner === undefined) delegations.set(delegation.toLowerCase(), parliament);
    valid.push({ row, name, parliament, gender: gender!, birthYear, ageBand, languages, email, role: role!, delegation });
  }
  return { rows: rows.length, valid, problems };
};

import { DomainError } from "../errors.js";
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
  readonly problem: string;
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
    if (column === null) problems.push({ row: 1, column: raw, problem: `unknown column; the columns are ${knownColumns}` });
    else if (at.has(column)) problems.push({ row: 1, column: raw, problem: `a second ${column} column` });
    else at.set(column, index);
  });
  for (const c of REQUIRED_COLUMNS) if (!at.has(c)) problems.push({ row: 1, column: c, problem: "missing column" });
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
    const fail = (c: Column | null, problem: string) => own.push({ row, column: c === null ? null : headerName(c), problem });
    const extra = record.fields.slice(header!.fields.length).filter((f) => f.trim() !== "");
    if (extra.length > 0)
      fail(
        null,
        `${record.fields.length} fields where the header has ${header!.fields.length}: check the quotes around fields that hold commas`,
      );

    const name = cell("name");
    if (name === "") fail("name", "empty");
    else if (name.length > LIMIT.name) fail("name", `longer than ${LIMIT.name} characters`);
    const parliament = cell("parliament");
    if (parliament === "") fail("parliament", "empty");
    else if (parliament.length > LIMIT.parliament) fail("parliament", `longer than ${LIMIT.parliament} characters`);
    const gender = parseGender(cell("gender"));
    if (gender === null) fail("gender", `"${cell("gender")}" is not a gender; write woman, man, other or leave empty`);

    let birthYear: number | null = null;
    const year = cell("birth_year");
    if (year !== "") {
      birthYear = /^\d{4}$/.test(year) ? Number(year) : NaN;
      if (!(birthYear >= 1900 && birthYear <= currentYear))
        fail("birth_year", `"${year}" is not a birth year between 1900 and ${currentYear}`);
    }
    let ageBand: string | null = null;
    const band = cell("age_band");
    if (band !== "") {
      if (/^\d{4}$/.test(band) && birthYear === null && Number(band) >= 1900 && Number(band) <= currentYear) birthYear = Number(band);
      else if ((ageBand = parseAgeBand(band)) === null) fail("age_band", `"${band}" is not an age band; write e.g. <45, 45-59 or 60+`);
    }

    const { languages, unknown } = parseLanguages(cell("languages"));
    if (unknown.length > 0) fail("languages", `${unknown.join(", ")}: not a working language (en, fr, es, ar)`);

    let email: string | null = null;
    if (cell("email") !== "") {
      email = parseEmail(cell("email"));
      if (email === null) fail("email", `"${cell("email")}" is not an email address`);
      else if (existing.emails.has(email)) fail("email", "an account with this email already exists");
      else if (emails.has(email)) fail("email", `the same email as row ${emails.get(email)}`);
      else emails.set(email, row);
    }
    const role = parseRole(cell("role"));
    if (role === null) fail("role", `"${cell("role")}" is not a role an import may give (${IMPORT_ROLES.join(", ")})`);
    else if (role !== "participant" && email === null && cell("email") === "")
      fail("email", `${role === "observer" ? "an observer" : "a Bureau member"} needs an email to sign in`);

    if (name !== "" && parliament !== "") {
      const key = personKey(name, parliament);
      if (existing.people.has(key)) fail("name", `${name} (${parliament}) is already a participant of this event`);
      else if (people.has(key)) fail("name", `the same person as row ${people.get(key)}`);
      else people.set(key, row);
    }
    const delegation = cell("delegation") || parliament;
    if (delegation.length > LIMIT.delegation) fail("delegation", `longer than ${LIMIT.delegation} characters`);
    const owner = delegations.get(delegation.toLowerCase());
    if (parliament !== "" && owner !== undefined && owner.toLowerCase() !== parliament.toLowerCase())
      fail("delegation", `the delegation ${delegation} belongs to ${owner}, not ${parliament}`);

    if (own.length > 0) {
      problems.push(...own);
      continue;
    }
    if (owner === undefined) delegations.set(delegation.toLowerCase(), parliament);
    valid.push({ row, name, parliament, gender: gender!, birthYear, ageBand, languages, email, role: role!, delegation });
  }
  return { rows: rows.length, valid, problems };
};

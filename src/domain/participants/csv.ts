import { DomainError } from "../errors.js";

/** One record of a CSV file, with the spreadsheet row it starts on (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly fields: readonly string[];
}

const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Guesses the delimiter from the header line: spreadsheets in French or Spanish settings write
 * semicolons. The delimiter that appears most often outside quotes wins; comma by default.
 */
export const guessDelimiter = (text: string): Delimiter => {
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return DELIMITERS.reduce<Delimiter>((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), ",");
};

/**
 * Parses RFC 4180 CSV: quoted fields may hold delimiters, line breaks and doubled quotes; lines end
 * with CRLF, LF or CR. Stops with a DomainError at an unterminated quote or past `maxRecords`.
 */
export const parseCsv = (text: string, options: { delimiter?: Delimiter; maxRecords?: number } = {}): CsvRecord[] => {
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "")) {
      if (records.length >= max) throw tooMany(max);
      records.push({ row: records.length + 1, fields });
    }
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted)
    throw new DomainError(
      "validation_failed",
      `The quoted field that starts on line ${recordLine} is never closed: a quote (") is missing`,
      [{ path: `csv:line ${recordLine}`, message: "unterminated quoted field" }],
    );
  if (field !== "" || fields.length > 0) endRecord();
  return records;
};

const tooMany = (max: number) =>
  new DomainError(
    "payload_too_large",
    `The file has more than ${max - 1} participant rows; split it into files of at most ${max - 1} rows`,
    [{ path: "csv", message: `more than ${max - 1} rows` }],
  );

import type { Cell, ExportSheet } from "./table.js";

const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one) is written with
 * a leading apostrophe, so that opening the file never runs what a person typed (OWASP "CSV injection").
 */
export const guardFormula = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One field by RFC 4180: quoted when it holds a comma, a quote, a line break or leading or trailing spaces. */
export const csvCell = (cell: Cell): string => {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = guardFormula(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A sheet as CSV: UTF-8 with a byte order mark (so spreadsheets read Arabic and accents), CRLF line ends. */
export const sheetToCsv = (sheet: ExportSheet): string =>
  BOM + [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";

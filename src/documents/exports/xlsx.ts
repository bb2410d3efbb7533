import ExcelJS from "exceljs";
import type { ExportSheet } from "./table.js";

/** Letters of the right-to-left scripts (Hebrew, Arabic and their supplements and presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The name a workbook accepts for a sheet: without : \ / ? * [ ], at most 31 characters, unique. */
const sheetName = (name: string, taken: Set<string>): string => {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};

/**
 * Sheets as an Excel workbook: a bold, frozen header row; texts as text (never formulas); an Arabic sheet runs right
 * to left, and any cell whose text is in a right-to-left script reads right to left, aligned right.
 */
export const sheetsToXlsx = async (sheets: readonly ExportSheet[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rapporteur";
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const rtl = sheet.direction === "rtl";
    const ws = workbook.addWorksheet(sheetName(sheet.name, taken), {
      views: [{ rightToLeft: rtl, state: "frozen", ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((cell) => (cell === null ? null : cell)));
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        const text = typeof value === "string";
        const rtlCell = rtl || (text && RTL.test(value));
        cell.alignment = {
          vertical: "top",
          wrapText: text,
          ...(rtlCell ? { readingOrder: "rtl" as const, horizontal: "right" as const } : {}),
        };
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

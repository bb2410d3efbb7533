import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Download } from "playwright-core";

/** A downloaded workbook's first sheet read back: its rows as plain values, and whether it reads right to left. */
export const readSheet = async (download: Download): Promise<{ rows: unknown[][]; rightToLeft: boolean }> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)));
  return { rows, rightToLeft: sheet.views[0]?.rightToLeft ?? false };
};

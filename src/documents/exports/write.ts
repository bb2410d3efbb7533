import { DomainError } from "../../domain/errors.js";
import { sheetToCsv } from "./csv.js";
import { cellCount, type TableJob } from "./table.js";
import { sheetsToXlsx } from "./xlsx.js";

/** The most cells a table may hold: far beyond any event's amendments, participants or votes. */
export const TABLE_LIMIT = 2_000_000;

/** Writes a table job, on a document thread: CSV of its first sheet, or an Excel workbook of all. */
export const writeTable = async (job: TableJob): Promise<Buffer> => {
  const cells = cellCount(job);
  if (cells > TABLE_LIMIT)
    throw new DomainError("payload_too_large", `The table is too large to write: ${cells} cells, more than ${TABLE_LIMIT}`, [
      { path: "document", message: "too large" },
    ]);
  if (job.format === "xlsx") return sheetsToXlsx(job.sheets);
  const [first] = job.sheets;
  return Buffer.from(first ? sheetToCsv(first) : "\uFEFF", "utf8");
};

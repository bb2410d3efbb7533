/** A cell of an exported table: text, a number, or empty. */
export type Cell = string | number | null;

/** One sheet of an exported table, as plain data that can cross to a worker thread. */
export interface ExportSheet {
  /** The sheet's name in the workbook (at most 31 characters, none of : \ / ? * [ ]). */
  readonly name: string;
  /** Right-to-left for a sheet in Arabic: the columns run from the right and every cell reads right to left. */
  readonly direction: "ltr" | "rtl";
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The formats a table is written in. */
export type TableFormat = "csv" | "xlsx";

/** A table to write: CSV takes the first sheet, Excel every sheet. */
export interface TableJob {
  readonly kind: "table";
  readonly format: TableFormat;
  readonly sheets: readonly ExportSheet[];
}

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The cells of a job, counted against the document limits. */
export const cellCount = (job: TableJob): number => job.sheets.reduce((n, s) => n + s.rows.length * Math.max(1, s.columns.length), 0);

/** The documents Rapporteur writes, by the names the CLI and the API use. */
export const DOCUMENT_NAMES = [
  "information-note",
  "group-report",
  "amendments",
  "annotated-table",
  "revised-draft",
  "adopted-resolution",
  "participation-report",
] as const;
export type DocumentName = (typeof DOCUMENT_NAMES)[number];

/** The file formats a document is exported in. */
export const EXPORT_FORMATS = ["pdf", "docx", "html", "akn"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import { DomainError } from "../domain/errors.js";
import type { Language } from "../domain/language.js";
import type { Schema } from "../store/schema.js";
import { exportAmendmentListAkn } from "./akn/export-amendments.js";
import { exportDraftAkn } from "./akn/export-draft.js";
import { derivedSymbol } from "./build/draft-documents.js";
import { buildResolutionText, revisedTextIn } from "./build/resolution-text.js";
import { BUILDERS, type BuildOptions, type DocumentName } from "./catalogue.js";
import { textIn } from "./ml.js";
import { documentToDocx } from "./render/docx.js";
import { documentToHtml } from "./render/html.js";
import { documentToPdf } from "./render/pdf.js";
import { loadDraftSource } from "./sources.js";

export const EXPORT_FORMATS = ["pdf", "docx", "html", "akn"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly document: DocumentName;
  readonly symbol: string;
  readonly language: Language;
  readonly format: ExportFormat;
  readonly changes?: BuildOptions["changes"];
}

/** A written document: its bytes, a file name and its media type. */
export interface ExportedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
  akn: "application/akn+xml; charset=utf-8",
};
const EXTENSIONS: Record<ExportFormat, string> = { pdf: "pdf", docx: "docx", html: "html", akn: "akn.xml" };

/** A file name from a symbol: "FEM/32/5.Inf-1" in Arabic → "FEM-32-5.Inf-1-ar.pdf". */
export const fileNameFor = (symbol: string, language: Language, format: ExportFormat, suffix = ""): string =>
  `${symbol.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || "document"}${suffix}-${language}.${EXTENSIONS[format]}`;

const AKN_DOCUMENTS: readonly DocumentName[] = ["amendments", "annotated-table", "revised-draft", "adopted-resolution"];

const exportAkn = async (db: Kysely<Schema>, p: Principal, r: ExportRequest): Promise<ExportedFile> => {
  if (!AKN_DOCUMENTS.includes(r.document))
    throw new DomainError("validation_failed", `Akoma Ntoso is written for drafts, amendments and adopted texts, not for the ${r.document}; choose pdf, docx or html`, [
      { path: "format", message: "akn is for amendments, annotated-table, revised-draft and adopted-resolution" },
    ]);
  const source = await loadDraftSource(db, p, r.symbol);
  const author = textIn(source.committee, "en") ?? "Rapporteur";
  const identity = { name: r.symbol, date: source.date, author };
  if (r.document === "amendments" || r.document === "annotated-table") {
    const xml = exportAmendmentListAkn(source.draft.text, source.amendments.map((a) => a.amendment), r.language, { ...identity, name: derivedSymbol.amendments(r.symbol) });
    return { bytes: Buffer.from(xml), fileName: fileNameFor(derivedSymbol.amendments(r.symbol), r.language, "akn"), contentType: CONTENT_TYPES.akn };
  }
  const stage = r.document === "revised-draft" ? "revised" : "adopted";
  buildResolutionText(source, stage, false, r.language);
  const symbol = stage === "revised" ? derivedSymbol.revisedDraft(r.symbol) : derivedSymbol.adoptedResolution(r.symbol);
  const xml = exportDraftAkn(revisedTextIn(source, r.language), r.language, { identity: { ...identity, name: symbol } });
  return { bytes: Buffer.from(xml), fileName: fileNameFor(symbol, r.language, "akn"), contentType: CONTENT_TYPES.akn };
};

/** Builds a document from the data the caller may see and writes it in one format. */
export const exportDocument = async (db: Kysely<Schema>, p: Principal, r: ExportRequest): Promise<ExportedFile> => {
  if (r.format === "akn") return exportAkn(db, p, r);
  const changes = r.changes ?? "tracked";
  const model = await BUILDERS[r.document](db, p, r.symbol, r.language, { changes });
  const bytes = r.format === "pdf" ? documentToPdf(model) : r.format === "docx" ? await documentToDocx(model) : Buffer.from(documentToHtml(model));
  const suffix = (r.document === "revised-draft" || r.document === "adopted-resolution") && changes === "tracked" ? "-tracked" : "";
  return { bytes, fileName: fileNameFor(model.symbol, r.language, r.format, suffix), contentType: CONTENT_TYPES[r.format] };
};

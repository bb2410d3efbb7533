import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import type { DocumentName, ExportFormat } from "../domain/documents.js";
import type { Language } from "../domain/language.js";
import type { Schema } from "../store/schema.js";
import { buildAmendmentsDocument } from "./build/amendments-document.js";
import { buildAnnotatedTable } from "./build/annotated-table.js";
import { buildGroupReport } from "./build/group-report.js";
import { buildInformationNote } from "./build/information-note.js";
import { buildParticipationReport } from "./build/participation-report.js";
import { buildResolutionText } from "./build/resolution-text.js";
import type { DocumentModel } from "./model.js";
import { loadDraftSource, loadNoteSource, loadResolutionSource } from "./sources.js";
import { loadGroupReportSource, loadParticipationSource } from "./sources-groups.js";

export { DOCUMENT_NAMES, type DocumentName } from "../domain/documents.js";

export interface BuildOptions {
  /** Revised and adopted texts: with tracked changes against the version amended (default) or clean. */
  readonly changes: "tracked" | "clean";
}

type Builder = (db: Kysely<Schema>, p: Principal, symbol: string, language: Language, options: BuildOptions) => Promise<DocumentModel>;

/**
 * How each document is built from the data. SYMBOL names what the document concerns: the information note's
 * symbol (or the sitting's id) for the note and the participation report, that symbol with "/G<number>" for a
 * group report (FEM/32/5.Inf-1/G1), the draft resolution's symbol for the others.
 */
export const BUILDERS: Readonly<Record<DocumentName, Builder>> = {
  "information-note": async (db, p, symbol, language) => buildInformationNote(await loadNoteSource(db, p, symbol), symbol, language),
  amendments: async (db, p, symbol, language) => buildAmendmentsDocument(await loadDraftSource(db, p, symbol), language),
  "annotated-table": async (db, p, symbol, language) => buildAnnotatedTable(await loadDraftSource(db, p, symbol), language),
  "revised-draft": async (db, p, symbol, language, o) =>
    buildResolutionText(await loadResolutionSource(db, p, symbol), "revised", o.changes === "tracked", language),
  "adopted-resolution": async (db, p, symbol, language, o) =>
    buildResolutionText(await loadResolutionSource(db, p, symbol), "adopted", o.changes === "tracked", language),
  "group-report": async (db, p, symbol, language) => buildGroupReport(await loadGroupReportSource(db, p, symbol), language),
  "participation-report": async (db, p, symbol, language) =>
    buildParticipationReport(await loadParticipationSource(db, p, symbol), language),
};

/** What is asked of the documents: which document, of what symbol, in which language and format. */
export interface ExportRequest {
  readonly document: DocumentName;
  readonly symbol: string;
  readonly language: Language;
  readonly format: ExportFormat;
  readonly changes?: BuildOptions["changes"];
}

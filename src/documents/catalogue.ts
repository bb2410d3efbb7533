import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import { DomainError } from "../domain/errors.js";
import type { Language } from "../domain/language.js";
import type { Schema } from "../store/schema.js";
import { buildAmendmentsDocument } from "./build/amendments-document.js";
import { buildAnnotatedTable } from "./build/annotated-table.js";
import { buildInformationNote } from "./build/information-note.js";
import { buildResolutionText } from "./build/resolution-text.js";
import type { DocumentModel } from "./model.js";
import { loadDraftSource, loadNoteSource } from "./sources.js";

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

export interface BuildOptions {
  /** Revised and adopted texts: with tracked changes against the version amended (default) or clean. */
  readonly changes: "tracked" | "clean";
}

type Builder = (db: Kysely<Schema>, p: Principal, symbol: string, language: Language, options: BuildOptions) => Promise<DocumentModel>;

const notYet = (what: string, needs: string): Builder => async () => {
  throw new DomainError("not_found", `The ${what} cannot be written yet: it needs ${needs}, which Rapporteur does not record yet`);
};

/**
 * How each document is built from the data; a document whose data Rapporteur does not record yet
 * refuses with what is missing, and plugs in here once it does.
 */
export const BUILDERS: Readonly<Record<DocumentName, Builder>> = {
  "information-note": async (db, p, symbol, language) => buildInformationNote(await loadNoteSource(db, p, symbol), symbol, language),
  amendments: async (db, p, symbol, language) => buildAmendmentsDocument(await loadDraftSource(db, p, symbol), language),
  "annotated-table": async (db, p, symbol, language) => buildAnnotatedTable(await loadDraftSource(db, p, symbol), language),
  "revised-draft": async (db, p, symbol, language, o) => buildResolutionText(await loadDraftSource(db, p, symbol), "revised", o.changes === "tracked", language),
  "adopted-resolution": async (db, p, symbol, language, o) => buildResolutionText(await loadDraftSource(db, p, symbol), "adopted", o.changes === "tracked", language),
  "group-report": notYet("group report", "the groups' recommendations, contributions by guiding question and participation figures"),
  "participation-report": notYet("participation report", "the participants' attendance and speaking times by gender and age"),
};

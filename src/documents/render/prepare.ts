import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import type { Schema } from "../../store/schema.js";
import { derivedSymbol } from "../build/draft-documents.js";
import { buildResolutionText, revisedTextIn } from "../build/resolution-text.js";
import { BUILDERS, type DocumentName } from "../catalogue.js";
import type { ExportFormat } from "../../domain/documents.js";
import type { ExportRequest } from "../catalogue.js";
import { textIn } from "../ml.js";
import { loadDraftSource, loadResolutionSource } from "../sources.js";
import { headedAmendments } from "./amendment-headings.js";
import type { RenderJob } from "./job.js";

/** A document read from the data and ready to be written: the job, the file's name and its media type. */
export interface PreparedExport {
  readonly job: RenderJob;
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

const prepareAkn = async (db: Kysely<Schema>, p: Principal, r: ExportRequest): Promise<PreparedExport> => {
  if (!AKN_DOCUMENTS.includes(r.document))
    throw new DomainError(
      "validation_failed",
      `Akoma Ntoso is written for drafts, amendments and adopted texts, not for the ${r.document}; choose pdf, docx or html`,
      [{ path: "format", message: "akn is for amendments, annotated-table, revised-draft and adopted-resolution" }],
    );
  const source = await loadDraftSource(db, p, r.symbol);
  const author = textIn(source.committee, "en") ?? "Rapporteur";
  const identity = { name: r.symbol, date: source.date, author };
  const contentType = CONTENT_TYPES.akn;
  if (r.document === "amendments" || r.document === "annotated-table") {
    const name = derivedSymbol.amendments(r.symbol);
    const amendments = headedAmendments(source, r.language);
    return {
      job: { kind: "akn-amendments", text: source.draft.text, amendments, language: r.language, identity: { ...identity, name } },
      fileName: fileNameFor(name, r.language, "akn"),
      contentType,
    };
  }
  const stage = r.document === "revised-draft" ? "revised" : "adopted";
  const resolution = await loadResolutionSource(db, p, r.symbol);
  const name = buildResolutionText(resolution, stage, false, r.language).symbol;
  return {
    job: {
      kind: "akn-draft",
      text: revisedTextIn(resolution, r.language),
      preface: textIn(resolution.draft.preface, r.language),
      language: r.language,
      identity: {
        ...identity,
        name,
        date: (stage === "revised" ? resolution.revision.revisedAt : resolution.revision.adoptedAt)?.slice(0, 10) ?? resolution.date,
      },
    },
    fileName: fileNameFor(name, r.language, "akn"),
    contentType,
  };
};

/** Reads what the caller may see and builds the document, leaving only the writing of the file to do. */
export const prepareExport = async (db: Kysely<Schema>, p: Principal, r: ExportRequest): Promise<PreparedExport> => {
  if (r.format === "akn") return prepareAkn(db, p, r);
  const changes = r.changes ?? "tracked";
  const model = await BUILDERS[r.document](db, p, r.symbol, r.language, { changes });
  const suffix = (r.document === "revised-draft" || r.document === "adopted-resolution") && changes === "tracked" ? "-tracked" : "";
  return {
    job: { kind: r.format, model },
    fileName: fileNameFor(model.symbol, r.language, r.format, suffix),
    contentType: CONTENT_TYPES[r.format],
  };
};

import { DomainError } from "../../domain/errors.js";
import { withoutUnstorable } from "../../domain/unstorable-text.js";
import type { Language } from "../../domain/language.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import { exportAmendmentListAkn, type HeadedAmendment } from "../akn/export-amendments.js";
import { exportDraftAkn } from "../akn/export-draft.js";
import type { AknIdentity } from "../akn/frbr.js";
import type { DocumentModel } from "../model.js";
import { accessSlipsToPdf, type AccessSlipsJob } from "../access-slips.js";
import { documentToDocx } from "./docx.js";
import { documentToHtml } from "./html.js";
import { documentToPdf } from "./pdf.js";
import type { TableJob } from "../exports/table.js";
import { writeTable } from "../exports/write.js";

type Identity = Omit<AknIdentity, "type" | "subtype">;

/** Everything needed to write one file, as plain data that can cross to a worker thread. */
export type RenderJob =
  | { readonly kind: "pdf" | "docx" | "html"; readonly model: DocumentModel }
  | {
      readonly kind: "akn-amendments";
      readonly text: DraftText;
      readonly amendments: readonly HeadedAmendment[];
      readonly language: Language;
      readonly identity: Identity;
    }
  | {
      readonly kind: "akn-draft";
      readonly text: DraftText;
      readonly language: Language;
      readonly identity: Identity;
      /** The enacting formula in the job's language, when the draft has one there. */
      readonly preface?: string | null;
    }
  | AccessSlipsJob
  | TableJob;

/** The most a document may hold: about a thousand pages, far beyond any resolution, its amendments or a report. */
export const RENDER_LIMITS = { blocks: 20_000, characters: 4_000_000 } as const;

const tooLarge = (what: string): DomainError =>
  new DomainError("payload_too_large", `The document is too large to write: ${what}`, [{ path: "document", message: "too large" }]);

/** Refuses a job past the limits before any layout starts. */
export const assertRenderable = (job: RenderJob): void => {
  // A table has its own limit, in cells (see writeTable).
  if (job.kind === "table") return;
  const blocks =
    "model" in job
      ? job.model.blocks.length
      : "text" in job
        ? job.text.paragraphs.length + ("amendments" in job ? job.amendments.length : 0)
        : job.delegations.reduce((n, d) => n + d.slips.length, 0);
  if (blocks > RENDER_LIMITS.blocks) throw tooLarge(`${blocks} blocks, more than ${RENDER_LIMITS.blocks}`);
  const characters = JSON.stringify(job).length;
  if (characters > RENDER_LIMITS.characters)
    throw tooLarge(`${(characters / 1e6).toFixed(1)} million characters, more than ${RENDER_LIMITS.characters / 1e6} million`);
};

/** Writes the file for a job: PDF (Typst with the shipped fonts), Word, HTML or Akoma Ntoso. */
export const writeJob = async (given: RenderJob): Promise<Buffer> => {
  assertRenderable(given);
  // Text from older data or an import may hold characters no XML file can carry: every format drops them.
  const job = withoutUnstorable(given);
  switch (job.kind) {
    case "pdf":
      return documentToPdf(job.model);
    case "docx":
      return documentToDocx(job.model);
    case "html":
      return Buffer.from(documentToHtml(job.model));
    case "akn-amendments":
      return Buffer.from(exportAmendmentListAkn(job.text, job.amendments, job.language, job.identity));
    case "akn-draft":
      return Buffer.from(exportDraftAkn(job.text, job.language, { identity: job.identity, preface: job.preface ?? null }));
    case "access-slips":
      return accessSlipsToPdf(job);
    case "table":
      return writeTable(job);
  }
};

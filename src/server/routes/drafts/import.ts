import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { DomainError } from "../../../domain/errors.js";
import type { Language } from "../../../domain/language.js";
import { labelAll } from "../../../domain/text/labels.js";
import type { ImportedDraft } from "../../../domain/text/structure.js";
import { detectFormat, type DraftFormat } from "../../../documents/import/import-draft.js";
import { importOnThreads } from "../../document-threads.js";
import { createDraft } from "../../../store/draft-create.js";
import { authorizeDraftImport } from "../../../commands/drafts/import.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { UPLOAD_BODY_LIMIT, UPLOAD_LIMIT } from "../../../api/draft-import.js";
import { asId, type SittingId } from "../../../domain/ids.js";

/** The uploaded file's bytes, refused past the upload limit. */
const decodeUpload = (base64: string): Uint8Array => {
  const bytes = new Uint8Array(Buffer.from(base64.replace(/\s+/g, ""), "base64"));
  if (bytes.byteLength > UPLOAD_LIMIT)
    throw new DomainError("payload_too_large", `The file may have at most ${UPLOAD_LIMIT / 1048576} MB`, [
      { path: "body.contentBase64", message: "file too large" },
    ]);
  if (bytes.byteLength === 0)
    throw new DomainError("validation_failed", "The file is empty", [{ path: "body.contentBase64", message: "empty file" }]);
  return bytes;
};

/** Imports in the stated language, or in the language the file's own script and words show. */
const importUpload = async (
  importDraft: ReturnType<typeof importOnThreads>,
  bytes: Uint8Array,
  filename: string,
  format: DraftFormat,
  language: Language | undefined,
): Promise<ImportedDraft> => importDraft(bytes, { source: filename, format, ...(language ? { language } : {}) });

/** What the import decided for each paragraph, with labels, for the secretariat to check before saving. */
const presentPreview = (imported: ImportedDraft, filename: string, format: DraftFormat) => {
  const labels = labelAll(imported.draft.paragraphs);
  const byParagraph = new Map<string, ImportedDraft["decisions"][number]>();
  for (const d of imported.decisions) if (d.paragraphId && !byParagraph.has(d.paragraphId)) byParagraph.set(d.paragraphId, d);
  const decisionOf = (id: string) => byParagraph.get(id);
  const title = imported.draft.title;
  return {
    filename,
    format,
    language: imported.language,
    title: title ? (title.versions[imported.language]?.text ?? null) : null,
    preface: imported.preface,
    paragraphs: imported.draft.paragraphs.map((p) => ({
      kind: p.kind,
      label: labels.get(p.id) ?? "",
      text: p.text.versions[imported.language]?.text ?? "",
      where: decisionOf(p.id)?.where ?? "",
      reason: decisionOf(p.id)?.reason ?? "",
      because: [...(decisionOf(p.id)?.because ?? [])],
      subParagraphs: p.subParagraphs.map((s) => ({
        label: labels.get(s.id) ?? "",
        text: s.text.versions[imported.language]?.text ?? "",
        where: decisionOf(s.id)?.where ?? "",
        reason: decisionOf(s.id)?.reason ?? "",
        because: [...(decisionOf(s.id)?.because ?? [])],
      })),
    })),
    frontMatter: imported.frontMatter.map((f) => ({ role: f.role, text: f.text, where: f.where })),
    leftOut: imported.leftOut.map((l) => ({ text: l.text, where: l.where, why: l.why, because: [...l.because] })),
    decisions: imported.decisions.map((d) => ({
      where: d.where,
      role: d.role,
      reason: d.reason,
      because: [...d.because],
      text: d.text,
      label: d.paragraphId ? (labels.get(d.paragraphId) ?? null) : null,
    })),
  };
};

/** Importing a draft resolution: a preview that saves nothing, then the save of the checked paragraphs. */
export const registerDraftImportRoutes = (app: FastifyInstance, writer: Writer): void => {
  defineRoute(app, routes.draftImport.preview, {
    summary: "Read a draft resolution file (Word, Markdown, text, Akoma Ntoso) into paragraphs, saving nothing",
    tag: "drafts",
    bodyLimit: UPLOAD_BODY_LIMIT,
    handler: async ({ raw, reply, principal, body }) => {
      requireAccount(raw);
      authorizeDraftImport(principal);
      const bytes = decodeUpload(body.contentBase64);
      const format = body.format ?? detectFormat(bytes, body.filename);
      return presentPreview(
        await importUpload(importOnThreads(app, reply), bytes, body.filename, format, body.language),
        body.filename,
        format,
      );
    },
  });

  defineRoute(app, routes.draftImport.save, {
    summary: "Save a draft resolution for a sitting from checked paragraphs",
    tag: "drafts",
    bodyLimit: 8 * 1024 * 1024,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      authorizeDraftImport(principal);
      const { result } = await writer.run(account.id, (ctx) => createDraft(ctx, asId<SittingId>(params.id), body));
      return { id: result, symbol: body.symbol, paragraphs: body.paragraphs.length };
    },
  });
};

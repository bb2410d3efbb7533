import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import { withVersion, type LanguageVersion } from "../../domain/multilingual.js";
import type { ParagraphView, SubParagraphView } from "../../store/draft-read.js";
import type { ParagraphData, RevisionTranslations } from "../../store/columns/drafts.js";
import { parseParagraphData, revisionBasis } from "../../store/draft-rows.js";
import { readDraftPage } from "./read.js";
import type { WriteContext } from "../../store/write-context.js";

/** A translator's text for one language of a paragraph: of its current wording, or of the wording amendments adopted. */
export interface TranslationInput {
  readonly text: string;
  readonly status: LanguageVersion["status"];
  readonly version: number;
  readonly wording: "current" | "revised";
}

const refuse = (path: string, message: string, why: string) => new DomainError("validation_failed", message, [{ path, message: why }]);

/** The revision translations after adding one language, keeping those that still translate the same wording. */
const nextRevision = (
  target: SubParagraphView | ParagraphView,
  stored: RevisionTranslations | undefined,
  language: Language,
  version: LanguageVersion,
): RevisionTranslations => {
  const revision = target.revision;
  if (!revision)
    throw refuse("body.wording", "No adopted amendment changes this paragraph; translate its current wording", "no revised wording");
  if (revision.language === language)
    throw refuse(
      "params.lang",
      "The revised wording is written in this language; it changes by amendment, not by translation",
      "original language",
    );
  const wording = revision.languages.find((l) => l.language === revision.language)?.text ?? "";
  const basis = revisionBasis(revision.language, wording);
  const kept = stored && stored.basis === basis ? stored.versions : {};
  return { basis, versions: { ...kept, [language]: version } };
};

/**
 * Records a translation of a paragraph or sub-paragraph in one language; the paragraph's version guards
 * against overwriting another translator's work (stale → 409 with the current paragraph).
 */
export const translateParagraph = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  paragraphId: string,
  language: Language,
  input: TranslationInput,
): Promise<ParagraphView> => {
  if (!can(p, { kind: "translate_draft" }))
    throw new DomainError("forbidden", "Only translators of the secretariat supply language versions");
  const draft = await readDraftPage(ctx.trx, p, draftId);
  const parent = draft.paragraphs.find((x) => x.id === paragraphId || x.subParagraphs.some((s) => s.id === paragraphId));
  if (!parent) throw notFound("Paragraph", paragraphId);
  if (parent.version !== input.version)
    throw new DomainError("stale_version", `Paragraph ${parent.label} changed since you loaded it`, [], { current: parent });
  const target: SubParagraphView | ParagraphView =
    parent.id === paragraphId ? parent : parent.subParagraphs.find((s) => s.id === paragraphId)!;
  const row = await ctx.trx.selectFrom("paragraphs").selectAll().where("id", "=", asId<ParagraphId>(parent.id)).executeTakeFirstOrThrow();
  const data = parseParagraphData(row.data);
  const version: LanguageVersion = { text: input.text, status: input.status };
  const change = <T extends { text: ParagraphData["text"]; revision?: RevisionTranslations }>(item: T): T => {
    if (input.wording === "revised") return { ...item, revision: nextRevision(target, item.revision, language, version) };
    if (item.text.original === language)
      throw refuse(
        "params.lang",
        "This is the paragraph's original language; it changes by amendment, not by translation",
        "original language",
      );
    return { ...item, text: withVersion(item.text, language, version) };
  };
  const isSub = parent.id !== paragraphId;
  const next: ParagraphData = {
    ...(isSub ? { ...data, subParagraphs: data.subParagraphs.map((s) => (s.id === paragraphId ? change(s) : s)) } : change(data)),
    version: parent.version + 1,
  };
  const updated = await ctx.trx
    .updateTable("paragraphs")
    .set({ data: JSON.stringify(next) })
    .where("id", "=", row.id)
    .where("data", "=", row.data)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `Paragraph ${parent.label} changed meanwhile`);
  ctx.record({
    type: "paragraph.translated",
    subject: `paragraph:${paragraphId}`,
    sittingId: draft.sittingId,
    scope: draft.published ? "public" : "staff",
    payload: { draftId, paragraphId, label: target.label, language, status: input.status, wording: input.wording },
  });
  return (await readDraftPage(ctx.trx, p, draftId)).paragraphs.find((x) => x.id === parent.id)!;
};

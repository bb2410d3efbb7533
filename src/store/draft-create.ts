import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../domain/errors.js";
import { asId, type ParagraphId, type SittingId } from "../domain/ids.js";
import type { Language } from "../domain/language.js";
import { multilingual } from "../domain/multilingual.js";
import { validateDraft } from "../domain/text/draft-text.js";
import type { FrontMatterRole } from "../domain/text/import-types.js";
import type { ParagraphKind } from "../domain/text/paragraph.js";
import type { ParagraphData } from "./columns/drafts.js";
import type { WriteContext } from "./write-context.js";

/** A draft as the secretariat saves it after checking the import: paragraphs in one language. */
export interface NewDraft {
  readonly symbol: string;
  readonly title: string;
  readonly language: Language;
  readonly illustrative: boolean;
  readonly publish: boolean;
  readonly source: string | null;
  /** The enacting formula before the preamble, in the draft's language. */
  readonly preface?: string | null;
  /** The source's masthead, symbol, dates and sponsor line. */
  readonly frontMatter?: readonly { readonly role: FrontMatterRole; readonly text: string }[];
  readonly paragraphs: readonly { readonly kind: ParagraphKind; readonly text: string; readonly subParagraphs: readonly string[] }[];
}

/** Saves a draft resolution for a sitting, all paragraphs or none, and records that it was imported. */
export const createDraft = async (ctx: WriteContext, sittingId: SittingId, input: NewDraft): Promise<string> => {
  const sitting = await ctx.trx.selectFrom("sittings").select("id").where("id", "=", sittingId).executeTakeFirst();
  if (!sitting) throw notFound("Sitting", sittingId);
  const taken = await ctx.trx.selectFrom("draft_resolutions").select("id").where("symbol", "=", input.symbol).executeTakeFirst();
  if (taken)
    throw new DomainError("conflict", `A draft resolution with the symbol ${input.symbol} already exists`, [
      { path: "body.symbol", message: "already used" },
    ]);
  const text = (value: string) => multilingual(input.language, { [input.language]: value });
  const paragraphs = input.paragraphs.map((p) => ({
    id: asId<ParagraphId>(randomUUID()),
    kind: p.kind,
    text: text(p.text),
    subParagraphs: p.subParagraphs.map((s) => ({ id: asId<ParagraphId>(randomUUID()), text: text(s) })),
  }));
  try {
    validateDraft({ title: text(input.title), paragraphs });
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(
        error.code,
        error.message,
        error.issues.map((i) => ({ ...i, path: `body.${i.path}` })),
      );
    throw error;
  }
  const draftId = randomUUID();
  await ctx.trx
    .insertInto("draft_resolutions")
    .values({
      id: draftId,
      sitting_id: sittingId,
      document_id: null,
      symbol: input.symbol,
      committee_body_id: null,
      stage: "draft",
      illustrative: input.illustrative ? 1 : 0,
      data: JSON.stringify({
        title: text(input.title),
        note: null,
        preface: input.preface ? text(input.preface) : null,
        frontMatter: (input.frontMatter ?? []).map((f) => ({ role: f.role, text: f.text, language: input.language })),
      }),
      published: input.publish ? 1 : 0,
      version: 1,
    })
    .execute();
  for (const [position, p] of paragraphs.entries()) {
    const data: ParagraphData = { text: p.text, subParagraphs: p.subParagraphs };
    await ctx.trx
      .insertInto("paragraphs")
      .values({ id: p.id, draft_id: draftId, position, kind: p.kind, data: JSON.stringify(data) })
      .execute();
  }
  ctx.record({
    type: "draft_resolution.imported",
    subject: `draft_resolution:${draftId}`,
    sittingId,
    scope: input.publish ? "public" : "staff",
    payload: {
      symbol: input.symbol,
      paragraphs: paragraphs.length,
      illustrative: input.illustrative,
      language: input.language,
      source: input.source,
      frontMatter: (input.frontMatter ?? []).length,
    },
  });
  return draftId;
};

import type { Kysely } from "kysely";
import { notFound } from "../domain/errors.js";
import { asId, type ParagraphId, type SittingId } from "../domain/ids.js";
import { type DraftText } from "../domain/text/draft-text.js";
import type { Paragraph } from "../domain/text/paragraph.js";
import type { FrontMatterLine } from "../domain/text/import-types.js";
import type { MultilingualText } from "../domain/multilingual.js";
import type { Schema } from "./schema.js";
import { decodeColumn } from "./decode.js";
import { paragraphData, draftData } from "./columns/drafts.js";

export interface StoredDraft {
  readonly id: string;
  readonly sittingId: SittingId | null;
  readonly symbol: string;
  readonly published: boolean;
  readonly text: DraftText;
  /** The enacting formula before the preamble, when the draft has one. */
  readonly preface: MultilingualText | null;
  /** The masthead, symbol, dates and sponsor line the draft came with. */
  readonly frontMatter: readonly FrontMatterLine[];
}

/** A draft's paragraphs in order, decoded, with their sub-paragraphs; whoever calls has checked the reader's rights. */
export const paragraphsOfDraft = async (db: Kysely<Schema>, draftId: string): Promise<Paragraph[]> =>
  (await db.selectFrom("paragraphs").selectAll().where("draft_id", "=", draftId).orderBy("position").execute()).map((r) => {
    const d = decodeColumn(paragraphData, r.data, "paragraphs", r.id);
    return {
      id: r.id,
      kind: r.kind === "preambular" ? "preambular" : "operative",
      text: d.text,
      subParagraphs: d.subParagraphs.map((s) => ({ id: asId<ParagraphId>(s.id), text: s.text })),
    };
  });

/**
 * The amendable text of a draft resolution; an unpublished one is found only when the caller includes them
 * (whether the reader may is decided beside the commands, `commands/drafts/read.ts`).
 */
export const loadDraft = async (db: Kysely<Schema>, draftId: string, includeUnpublished: boolean): Promise<StoredDraft> => {
  const row = await db.selectFrom("draft_resolutions").selectAll().where("id", "=", draftId).executeTakeFirst();
  if (!row || (row.published !== 1 && !includeUnpublished)) throw notFound("Draft resolution", draftId);
  const paragraphs = await paragraphsOfDraft(db, draftId);
  const data = decodeColumn(draftData, row.data, "draft_resolutions", row.id);
  return {
    id: row.id,
    sittingId: row.sitting_id,
    symbol: row.symbol,
    published: row.published === 1,
    text: { title: data.title, paragraphs },
    preface: data.preface,
    frontMatter: data.frontMatter,
  };
};

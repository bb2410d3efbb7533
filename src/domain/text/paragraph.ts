import type { ParagraphId } from "../ids.js";
import type { MultilingualText } from "../multilingual.js";

/** Preambular paragraphs recall and consider; operative paragraphs decide. */
export const PARAGRAPH_KINDS = ["preambular", "operative"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** A paragraph of a draft resolution; its id survives renumbering, its label does not. */
export interface Paragraph {
  readonly id: ParagraphId;
  readonly kind: ParagraphKind;
  readonly text: MultilingualText;
  readonly subParagraphs: readonly SubParagraph[];
}

export interface SubParagraph {
  readonly id: ParagraphId;
  readonly text: MultilingualText;
}

/** Labels by position: PP1…, OP1… in order of appearance of each kind. */
export const labelParagraphs = (paragraphs: readonly Paragraph[]): Map<ParagraphId, string> => {
  const labels = new Map<ParagraphId, string>();
  let pp = 0;
  let op = 0;
  for (const p of paragraphs) labels.set(p.id, p.kind === "preambular" ? `PP${++pp}` : `OP${++op}`);
  return labels;
};

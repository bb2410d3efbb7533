import type { ParagraphId } from "../domain/ids.js";
import type { Language } from "../domain/language.js";
import { decodeColumn } from "./decode.js";
import { paragraphData, type ParagraphData } from "./columns/drafts.js";

/** Reads a paragraph row's JSON, whatever optional fields it has. */
export const parseParagraphData = (data: string, id = "?"): ParagraphData => decodeColumn(paragraphData, data, "paragraphs", id);

/** The basis a revision translation is tied to: the adopted wording and its language. */
export const revisionBasis = (language: Language, wording: string): string => `${language}:${wording}`;

/** Where a paragraph id sits among rows: the row, and the sub-paragraph index or null. */
export const findInRows = <R extends { id: string; data: string }>(
  rows: readonly R[],
  id: ParagraphId | string,
): { row: R; data: ParagraphData; sub: number | null } | null => {
  for (const row of rows) {
    const data = parseParagraphData(row.data);
    if (row.id === id) return { row, data, sub: null };
    const sub = data.subParagraphs.findIndex((s) => s.id === id);
    if (sub >= 0) return { row, data, sub };
  }
  return null;
};

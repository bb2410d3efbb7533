import { directionOf, type Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { DraftText, GuidingQuestion } from "../api/types.js";

/** A guiding question as a choice: its number and its text. */
export interface QuestionOption {
  readonly id: string;
  readonly position: number;
  readonly label: string;
}

/** A labelled paragraph (or sub-paragraph) of the sitting's draft resolution, as a choice. */
export interface ParagraphOption {
  readonly id: string;
  readonly label: string;
}

const MARKERS = /\[\^\d+\]/g;

/** A text in one language, falling back to its original, with the language it is actually in. */
export const textIn = (
  text: MultilingualText,
  language: Language,
): { text: string; lang: Language; dir: "ltr" | "rtl"; translated: boolean } => {
  const own = text.versions[language];
  const lang = own ? language : text.original;
  const value = (own ?? text.versions[text.original])?.text ?? "";
  return { text: value.replace(MARKERS, ""), lang, dir: directionOf(lang), translated: own !== undefined };
};

/** The guiding questions in order, as choices. */
export const questionOptions = (questions: readonly GuidingQuestion[], language: Language): QuestionOption[] =>
  [...questions]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({ id: q.id, position: q.position, label: `${q.position}. ${textIn(q.text, language).text}` }));

/** The draft's paragraphs and sub-paragraphs by label (with the draft's symbol when the sitting has several drafts). */
export const paragraphOptions = (drafts: readonly DraftText[]): ParagraphOption[] =>
  drafts.flatMap((d) => {
    const prefix = drafts.length > 1 && d.symbol ? `${d.symbol} ` : "";
    return d.paragraphs.flatMap((p) => [
      { id: p.id, label: `${prefix}${p.label}` },
      ...p.subParagraphs.map((s) => ({ id: s.id, label: `${prefix}${p.label} ${s.label}` })),
    ]);
  });

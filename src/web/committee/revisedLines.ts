import type { Language } from "../../domain/language.js";
import type { ParagraphView, SubParagraphView } from "../drafts/types.js";

/** One line of the revised text as shown: the reader's language when its version is there, otherwise the original. */
export interface RevisedLine {
  readonly id: string;
  readonly label: string;
  /** A sub-paragraph's letter ("a"), null for a paragraph. */
  readonly letter: string | null;
  readonly language: Language;
  readonly text: string;
  /** Shown in the original language because the reader's is missing or awaits translation. */
  readonly untranslated: boolean;
}

const lineOf = (p: ParagraphView | SubParagraphView, ui: Language): RevisedLine => {
  const here = p.languages.find((l) => l.language === ui);
  const translated = Boolean(here?.text) && here?.status !== "missing" && here?.status !== "translation_needed";
  const language = translated ? ui : p.text.original;
  return {
    id: p.id,
    label: p.label,
    letter: "letter" in p ? p.letter : null,
    language,
    text: p.text.versions[language]?.text ?? "",
    untranslated: language !== ui,
  };
};

/** The revised (or adopted) text's paragraphs as the reader sees them, each with its sub-paragraphs (a), (b)… in order. */
export const revisedLines = (
  paragraphs: readonly ParagraphView[],
  ui: Language,
): (RevisedLine & { readonly subParagraphs: readonly RevisedLine[] })[] =>
  paragraphs.map((p) => ({ ...lineOf(p, ui), subParagraphs: p.subParagraphs.map((s) => lineOf(s, ui)) }));

import type { Language } from "../../domain/language.js";
import { structureDraft, type ImportedDraft, type SourceBlock } from "../../domain/text/structure.js";
import { aknBlocks } from "../akn/import-akn.js";
import { decodeText } from "./decode.js";
import { docxBlocks } from "./docx.js";
import { guessLanguage } from "./guess-language.js";
import { htmlBlocks } from "./html-blocks.js";
import { assertSize, unreadable, type ImportFormat } from "./limits.js";
import { markdownBlocks } from "./markdown.js";
import { plainTextBlocks } from "./plain-text.js";

export type DraftFormat = Exclude<ImportFormat, "json">;

export interface ImportOptions {
  /** Name of the file, for messages and to guess the format. */
  readonly source: string;
  /** The draft's language; when absent, Akoma Ntoso states it and the other formats' script and words tell it. */
  readonly language?: Language;
  readonly format?: DraftFormat;
  /** Id factory for new paragraphs; positional ids p1, p2 … by default. */
  readonly newId?: (n: number) => string;
}

/** Guesses the format from the first bytes, then from the file name's extension. */
export const detectFormat = (bytes: Uint8Array, source: string): DraftFormat => {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/\.(xml|akn)$/i.test(source) || (head.startsWith("<") && /akomaNtoso/.test(head))) return "akn";
  if (/\.docx?$/i.test(source)) return "docx";
  if (/\.(md|markdown)$/i.test(source)) return "markdown";
  if (/\.x?html?$/i.test(source) || /^<(!doctype\s+html|html)[\s>]/i.test(head)) return "html";
  return "text";
};

/**
 * Reads a draft resolution from Word, Markdown, HTML, plain text or Akoma Ntoso in any working language into
 * paragraphs, with each classification decision and its reason; an unreadable file is a clear error.
 */
export const importDraft = async (bytes: Uint8Array, options: ImportOptions): Promise<ImportedDraft> => {
  const format = options.format ?? detectFormat(bytes, options.source);
  assertSize(options.source, format, bytes.byteLength);
  let blocks: SourceBlock[];
  let stated: Language | null = null;
  switch (format) {
    case "docx":
      blocks = await docxBlocks(bytes, options.source);
      break;
    case "akn": {
      const read = aknBlocks(decodeText(bytes, options.source), options.source);
      blocks = read.blocks;
      stated = read.language;
      break;
    }
    case "markdown":
      blocks = markdownBlocks(decodeText(bytes, options.source));
      break;
    case "html":
      blocks = htmlBlocks(decodeText(bytes, options.source)).map((b) => ({ ...b, where: b.where.replace("paragraph", "block") }));
      break;
    case "text":
      blocks = plainTextBlocks(decodeText(bytes, options.source));
      break;
  }
  const language = stated ?? options.language ?? guessLanguage(blocks.map((b) => b.text).join("\n"));
  const imported = structureDraft(blocks, language, options.newId);
  if (imported.draft.paragraphs.length === 0) throw unreadable(options.source, "whole file", "no paragraph of a resolution was found");
  return imported;
};

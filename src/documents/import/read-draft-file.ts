import { readFile, stat } from "node:fs/promises";
import { DomainError } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import type { ImportedDraft } from "../../domain/text/structure.js";
import { decodeText } from "./decode.js";
import { draftFromJson } from "./draft-json.js";
import { guessLanguage } from "./guess-language.js";
import { detectFormat, importDraft } from "./import-draft.js";
import { IMPORT_LIMITS, assertSize } from "./limits.js";

/** Reads a file whole after checking its size against the largest limit, so a huge file is refused unread. */
export const readBounded = async (path: string): Promise<Uint8Array> => {
  const info = await stat(path).catch(() => {
    throw new DomainError("not_found", `${path}: no such file`);
  });
  if (!info.isFile()) throw new DomainError("validation_failed", `${path}: not a file`);
  assertSize(path, /\.docx$/i.test(path) ? "docx" : /\.(xml|akn)$/i.test(path) ? "akn" : "text", info.size);
  return new Uint8Array(await readFile(path));
};

/** Imports a draft file (Word, Markdown, HTML, text, AKN) in the given language, or the one its words show. */
export const importDraftFile = async (path: string, language?: Language): Promise<ImportedDraft> => {
  const bytes = await readBounded(path);
  return importDraft(bytes, { source: path, format: detectFormat(bytes, path), ...(language ? { language } : {}) });
};

/** Reads a draft given as the CLI's JSON or as any importable file. */
export const readDraftFile = async (
  path: string,
  language?: Language,
): Promise<{ draft: DraftText; language: Language; preface: string | null }> => {
  if (/\.json$/i.test(path)) {
    const bytes = await readBounded(path);
    assertSize(path, "json", bytes.byteLength);
    let value: unknown;
    try {
      value = JSON.parse(decodeText(bytes, path));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError("malformed_json", `${path}: ${(error as Error).message}`);
    }
    const lang = language ?? guessLanguage(JSON.stringify(value));
    return { draft: draftFromJson(value, lang, path), language: lang, preface: null };
  }
  const imported = await importDraftFile(path, language);
  return { draft: imported.draft, language: imported.language, preface: imported.preface };
};

export { IMPORT_LIMITS };

import mammoth from "mammoth";
import type { SourceBlock } from "../../domain/text/structure.js";
import { htmlBlocks } from "./html-blocks.js";
import { unreadable } from "./limits.js";
import { checkWordZip } from "./zip-limits.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Word's title styles read as headings, as its heading styles already are. */
const WORD_STYLES = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Reads a Word (.docx) draft through mammoth, keeping headings and Word's own list numbering and nesting. */
export const docxBlocks = async (bytes: Uint8Array, source: string): Promise<SourceBlock[]> => {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw unreadable(source, "byte 0", "not a Word .docx file (it does not start as a ZIP container); .doc files must be saved as .docx");
  }
  checkWordZip(bytes, source);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: WORD_STYLES },
    );
    html = result.value;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw unreadable(source, "ZIP container", `the Word file is damaged or truncated (${why})`);
  }
  const blocks = htmlBlocks(html);
  if (blocks.length === 0) throw unreadable(source, "document body", "the Word file contains no text");
  return blocks;
};

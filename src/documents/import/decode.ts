import { unreadable } from "./limits.js";

// eslint-disable-next-line no-control-regex -- binary files are recognized by their control characters
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/u;

/** Decodes a text file as UTF-8 (with or without BOM, or UTF-16 with BOM); binary content is refused with its position. */
export const decodeText = (bytes: Uint8Array, source: string): string => {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unreadable(source, `byte ${firstInvalidUtf8(bytes)}`, "not UTF-8 text; save the draft as UTF-8 text, Markdown or Word (.docx)");
  }
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split("\n").length;
    throw unreadable(
      source,
      `line ${line}`,
      `binary content (control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}); this is not a text file`,
    );
  }
  return text;
};

/** Offset of the first byte that breaks UTF-8, for the error message. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
};

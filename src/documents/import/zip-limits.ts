import { inflateRawSync } from "node:zlib";
import { unreadable } from "./limits.js";

/** What a Word file may expand to: a draft resolution is a few dozen pages, never tens of megabytes of XML. */
export const ZIP_LIMITS = {
  entries: 2000,
  entryBytes: 32 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  xmlDepth: 200,
  paragraphs: 10_000,
} as const;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** The central directory's entries, read from the end record without inflating anything. */
const entriesOf = (bytes: Buffer, source: string): Entry[] => {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable(source, "ZIP container", "the Word file is damaged or truncated (no end of central directory)");
  const count = bytes.readUInt16LE(end + 10);
  if (count > ZIP_LIMITS.entries)
    throw unreadable(source, "ZIP container", `${count} parts is more than the ${ZIP_LIMITS.entries} a Word file may have`);
  const entries: Entry[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw unreadable(source, "ZIP container", "the Word file is damaged or truncated (central directory)");
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry = {
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw unreadable(source, entry.name, "a ZIP64 part is larger than a Word draft may be");
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
};

/** Inflates one part, stopping as soon as it grows past what its header declared. */
const inflate = (bytes: Buffer, e: Entry, source: string): Buffer => {
  if (e.offset + 30 > bytes.length || bytes.readUInt32LE(e.offset) !== 0x04034b50)
    throw unreadable(source, e.name, "the Word file is damaged or truncated (local header)");
  const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw unreadable(source, e.name, `compression method ${e.method} is not used by Word`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw unreadable(
        source,
        e.name,
        `the part expands beyond the ${MB(e.size)} its header declares; the file is damaged or a compression bomb`,
      );
    throw unreadable(source, e.name, `the Word file is damaged or truncated (${(error as Error).message})`);
  }
  if (out.length !== e.size)
    throw unreadable(source, e.name, `the part expands to ${out.length} bytes, not the ${e.size} its header declares`);
  return out;
};

const LT = 0x3c;
const GT = 0x3e;

/** Nesting depth and Word paragraphs of an XML part, in one pass over its bytes; a DTD is refused outright. */
export const scanXml = (input: Uint8Array, source: string, where: string): { depth: number; paragraphs: number } => {
  const xml = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let depth = 0;
  let deepest = 0;
  let paragraphs = 0;
  const seek = (pattern: string, from: number): number => {
    const found = xml.indexOf(pattern, from);
    if (found < 0) throw unreadable(source, where, "the XML ends inside a tag");
    return found + pattern.length;
  };
  for (let i = xml.indexOf(LT); i >= 0;) {
    const next = xml[i + 1];
    let end: number;
    if (next === 0x3f) end = seek("?>", i);
    else if (next === 0x21) {
      const head = xml.toString("latin1", i, i + 9);
      if (head.startsWith("<!--")) end = seek("-->", i);
      else if (head.startsWith("<![CDATA[")) end = seek("]]>", i);
      else throw unreadable(source, where, "the XML declares a DTD, which a Word file never does");
    } else if (next === 0x2f) {
      depth--;
      end = seek(">", i);
    } else {
      let quote = 0;
      let j = i + 1;
      for (; j < xml.length; j++) {
        const c = xml[j] as number;
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === GT) break;
      }
      if (j >= xml.length) throw unreadable(source, where, "the XML ends inside a tag");
      end = j + 1;
      if (xml[j - 1] !== 0x2f) depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > ZIP_LIMITS.xmlDepth) throw unreadable(source, where, `the XML is nested more than ${ZIP_LIMITS.xmlDepth} levels deep`);
      const after = xml[i + 4];
      if (xml[i + 1] === 0x77 && xml[i + 2] === 0x3a && xml[i + 3] === 0x70 && (after === 0x20 || after === GT || after === 0x2f))
        paragraphs++;
    }
    i = xml.indexOf(LT, end);
  }
  return { depth: deepest, paragraphs };
};

/**
 * Checks a Word file before any library inflates it: part count, the sizes the ZIP declares, the sizes the parts
 * really expand to (inflation stops at the declared size), XML nesting depth and the number of paragraphs.
 */
export const checkWordZip = (input: Uint8Array, source: string): void => {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = entriesOf(bytes, source);
  let total = 0;
  for (const e of entries) {
    if (e.size > ZIP_LIMITS.entryBytes)
      throw unreadable(
        source,
        e.name,
        `the part would expand to ${MB(e.size)}, more than the ${MB(ZIP_LIMITS.entryBytes)} a Word draft may have`,
      );
    total += e.size;
    if (total > ZIP_LIMITS.totalBytes)
      throw unreadable(
        source,
        "ZIP container",
        `the Word file would expand to more than ${MB(ZIP_LIMITS.totalBytes)}; it is too large or a compression bomb`,
      );
  }
  let paragraphs = 0;
  for (const e of entries) {
    const data = inflate(bytes, e, source);
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    paragraphs += scanXml(data, source, e.name).paragraphs;
    if (paragraphs > ZIP_LIMITS.paragraphs)
      throw unreadable(source, e.name, `more than ${ZIP_LIMITS.paragraphs} paragraphs; a draft resolution has far fewer`);
  }
};

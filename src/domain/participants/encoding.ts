import { DomainError } from "../errors.js";

/** The largest CSV accepted, in bytes of UTF-8, and the most participant rows in one import. */
export const CSV_LIMITS = { bytes: 5 * 1024 * 1024, rows: 20_000 } as const;

const notUtf8 = (why: string) =>
  new DomainError(
    "validation_failed",
    `The file is not UTF-8 text (${why}). Save it as "CSV UTF-8" (Excel) or with the UTF-8 character set (LibreOffice) and import it again`,
    [{ path: "csv", message: "not UTF-8" }],
  );

/** Refuses a file over the size limit before reading it, with the limit in the message. */
export const assertCsvSize = (bytes: number): void => {
  if (bytes > CSV_LIMITS.bytes)
    throw new DomainError(
      "payload_too_large",
      `The file is ${(bytes / 1048576).toFixed(1)} MB; an import takes at most ${CSV_LIMITS.bytes / 1048576} MB and ${CSV_LIMITS.rows} rows. Split it into several files`,
      [{ path: "csv", message: "file too large" }],
    );
};

/** Decodes uploaded bytes as UTF-8 (a byte order mark is fine); UTF-16 and legacy encodings are refused by name. */
export const decodeCsvBytes = (bytes: Uint8Array): string => {
  assertCsvSize(bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw notUtf8("it is UTF-16");
  try {
    return checkCsvText(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw notUtf8(`byte ${firstBadByte(bytes) + 1} is not valid UTF-8; it looks like Latin-1 or Windows-1252`);
  }
};

/** Checks text already decoded by the client: a leading BOM is dropped; replacement characters betray a wrong decoding. */
export const checkCsvText = (text: string): string => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = body.indexOf("\uFFFD");
  if (bad >= 0)
    throw notUtf8(`line ${body.slice(0, bad).split("\n").length} holds the replacement character �, left where bytes could not be read`);
  // eslint-disable-next-line no-control-regex -- binary files are recognized by their control characters
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u.exec(body);
  if (control)
    throw new DomainError(
      "validation_failed",
      `Line ${body.slice(0, control.index).split("\n").length} holds a control character: this is not a CSV text file`,
      [{ path: "csv", message: "binary content" }],
    );
  return body;
};

const firstBadByte = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len - 1;
  }
  return bytes.length;
};

import type { DomainError } from "../../domain/errors.js";
import { refusal } from "../../domain/refusals.js";
import type { DraftFormat } from "../../domain/text/import-types.js";

/** Largest file accepted per format, in bytes: a draft resolution is a few dozen pages at most. */
export const IMPORT_LIMITS = {
  text: 5 * 1024 * 1024,
  markdown: 5 * 1024 * 1024,
  html: 5 * 1024 * 1024,
  docx: 20 * 1024 * 1024,
  akn: 10 * 1024 * 1024,
  json: 5 * 1024 * 1024,
} as const satisfies Record<DraftFormat | "json", number>;

export type ImportFormat = keyof typeof IMPORT_LIMITS;

/** Refuses a file larger than its format allows, before reading a byte of it. */
export const assertSize = (source: string, format: ImportFormat, size: number): void => {
  const limit = IMPORT_LIMITS[format];
  if (size > limit) {
    const params = { file: source, size: (size / 1048576).toFixed(1), limit: limit / 1048576, format };
    throw refusal("file_too_large", params, [{ path: source, message: "file too large" }]);
  }
};

/** A file that cannot be read: the message says where and why; nothing is saved. */
export const unreadable = (source: string, where: string, why: string): DomainError =>
  refusal("file_unreadable", { file: source, where, why }, [{ path: `${source}:${where}`, message: why }]);

import { z } from "zod";
import { LANGUAGES } from "../domain/language.js";
import { DOCUMENT_NAMES, EXPORT_FORMATS } from "../domain/documents.js";

/** Which document, for which symbol, in which language and format. */
export const exportQuery = z.strictObject({
  document: z.enum(DOCUMENT_NAMES),
  symbol: z.string().min(1).max(100),
  lang: z.enum(LANGUAGES),
  format: z.enum(EXPORT_FORMATS),
  changes: z.enum(["tracked", "clean"]).optional(),
});

/** The file itself; its type and name travel in the headers. */
export const fileResponse = z.instanceof(Buffer);

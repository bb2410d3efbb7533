import { z } from "zod";
import { LANGUAGES } from "../domain/language.js";
import { DOCUMENT_NAMES, EXPORT_FORMATS } from "../domain/documents.js";

/** A name the reader's page picks for one download, to ask where it stands while it waits. */
const ticket = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "8 to 64 letters, digits, - or _");

/** Which document, for which symbol, in which language and format. */
export const exportQuery = z.strictObject({
  document: z.enum(DOCUMENT_NAMES),
  symbol: z.string().min(1).max(100),
  lang: z.enum(LANGUAGES),
  format: z.enum(EXPORT_FORMATS),
  changes: z.enum(["tracked", "clean"]).optional(),
  ticket: ticket.optional(),
});

/** The file itself (a Buffer on the server); its type and name travel in the headers. */
export const fileResponse = z.custom<Uint8Array>((value) => value instanceof Uint8Array, "a file");

export const progressQuery = z.strictObject({ ticket });

/** Where a download stands: waiting at a place in the queue, being written, or not known (done, cached or never asked). */
export const progressSchema = z.discriminatedUnion("state", [
  z.strictObject({ state: z.literal("queued"), position: z.number().int().min(1) }),
  z.strictObject({ state: z.literal("writing") }),
  z.strictObject({ state: z.literal("unknown") }),
]);

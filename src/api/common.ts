import { z } from "zod";
import { languageSchema } from "./multilingual.js";

/** An id in a path or a body: any stored id, bounded. */
export const id = z.string().min(1).max(100);
/** The version a write was read at; a stale one is refused. */
export const version = z.number().int().positive();

export const idParams = z.strictObject({ id });
export const groupParams = z.strictObject({ groupId: id });
export const langQuery = z.strictObject({ lang: languageSchema.optional() });
export const versionBody = z.strictObject({ version });

/** The answer of a route that answers 204 No Content. */
export const noContent = z.null();

import { z } from "zod";
import { LANGUAGES } from "../domain/language.js";
import { LANGUAGE_VERSION_STATUSES } from "../domain/multilingual.js";

export const languageSchema = z.enum(LANGUAGES);

const versionSchema = z.strictObject({
  text: z.string().max(100_000),
  status: z.enum(LANGUAGE_VERSION_STATUSES).exclude(["missing"]),
});

/** A multilingual text: its original language and the versions written so far. */
export const multilingualSchema = z
  .strictObject({
    original: languageSchema,
    versions: z.partialRecord(languageSchema, versionSchema),
  })
  .refine((t) => t.versions[t.original] !== undefined, {
    message: "the original language must have a version",
    path: ["versions"],
  });

/** One language of a multilingual text; text is null when the translation is missing. */
export const textInLanguageSchema = z.strictObject({
  language: languageSchema,
  text: z.string().nullable(),
  status: z.enum(LANGUAGE_VERSION_STATUSES),
  original: z.boolean(),
});

import { FRONT_MATTER_ROLES } from "../domain/text/import-types.js";
import { z } from "zod";
import { languageSchema, multilingualSchema } from "./multilingual.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
import { LANGUAGE_VERSION_STATUSES } from "../domain/multilingual.js";

export const draftIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const translationParams = z.strictObject({
  id: z.string().min(1).max(100),
  paragraphId: z.string().min(1).max(200),
  lang: languageSchema,
});

/** A translator's text for one language of a paragraph's current or revised wording. */
export const translationBody = z.strictObject({
  text: z.string().trim().min(1).max(20_000),
  status: z.enum(LANGUAGE_VERSION_STATUSES).exclude(["missing"]),
  version: z.number().int().positive(),
  wording: z.enum(["current", "revised"]).default("current"),
});

export const prefaceTranslationParams = z.strictObject({ id: z.string().min(1).max(100), lang: languageSchema });

/** A translator's text of the enacting formula in one language, against the draft's version. */
export const prefaceTranslationBody = z.strictObject({
  text: z.string().trim().min(1).max(2_000),
  status: z.enum(LANGUAGE_VERSION_STATUSES).exclude(["missing"]),
  version: z.number().int().positive(),
});

const languageVersion = z.strictObject({
  language: languageSchema,
  text: z.string().nullable(),
  status: z.enum([...LANGUAGE_VERSION_STATUSES, "translation_needed"]),
  original: z.boolean(),
});

const revision = z
  .strictObject({ amendments: z.array(z.string()), language: languageSchema, languages: z.array(languageVersion) })
  .nullable();

const subParagraph = z.strictObject({
  id: z.string(),
  label: z.string(),
  letter: z.string(),
  text: multilingualSchema,
  languages: z.array(languageVersion),
  revision,
});

export const paragraphSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  kind: z.enum(PARAGRAPH_KINDS),
  version: z.number().int(),
  text: multilingualSchema,
  languages: z.array(languageVersion),
  revision,
  subParagraphs: z.array(subParagraph),
});

export const draftSchema = z.strictObject({
  id: z.string(),
  symbol: z.string(),
  sittingId: z.string().nullable(),
  stage: z.string(),
  illustrative: z.boolean(),
  published: z.boolean(),
  version: z.number().int(),
  title: multilingualSchema.nullable(),
  /** The enacting formula before the preamble: "The 143rd Assembly of the Inter-Parliamentary Union,". */
  preface: multilingualSchema.nullable(),
  /** The masthead, symbol, dates and sponsor line the draft came with. */
  frontMatter: z.array(z.strictObject({ role: z.enum(FRONT_MATTER_ROLES), text: z.string(), language: languageSchema })),
  languages: z.array(languageSchema),
  paragraphs: z.array(paragraphSchema),
  mine: z.array(z.string()),
  /** What the reader may do on this draft, as the server decides it: the screens show or hide actions from it. */
  permissions: z.strictObject({
    propose: z.boolean(),
    decide: z.boolean(),
    translate: z.boolean(),
    importDraft: z.boolean(),
    setDeadline: z.boolean(),
    submitForAuthors: z.boolean(),
  }),
});

/** The enacting formula in every language written, and the draft's version after the change. */
export const prefaceTranslationSchema = z.strictObject({ preface: multilingualSchema, version: z.number().int() });

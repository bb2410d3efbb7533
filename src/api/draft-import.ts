import { z } from "zod";
import { IMPORT_REASON_CODES, type ImportReasonCode } from "../domain/text/import-reasons.js";
import { FRONT_MATTER_ROLES, BLOCK_ROLES, DRAFT_FORMATS } from "../domain/text/import-types.js";
import { languageSchema } from "./multilingual.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";

/** Largest file the import accepts, in bytes, whatever its format allows on its own. */
export const UPLOAD_LIMIT = 15 * 1024 * 1024;
const BASE64_LIMIT = Math.ceil(UPLOAD_LIMIT / 3) * 4;
/** The request body limit: the file in base64 and a little room for the other fields. */
export const UPLOAD_BODY_LIMIT = BASE64_LIMIT + 64 * 1024;

export const sittingParams = z.strictObject({ id: z.string().min(1).max(100) });

const kind = z.enum(PARAGRAPH_KINDS);

export const previewBody = z.strictObject({
  filename: z.string().trim().min(1).max(255),
  language: languageSchema.optional(),
  format: z.enum(DRAFT_FORMATS).optional(),
  contentBase64: z
    .string()
    .min(1)
    .max(BASE64_LIMIT, `the file may have at most ${UPLOAD_LIMIT / 1048576} MB`)
    .refine((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v.replace(/\s+/g, "")), "not base64"),
});

/** Why the import read a block so, as a code and its values that each interface language words (`importReason.<code>`). */
const importReason = z.strictObject({
  code: z.enum(IMPORT_REASON_CODES as [ImportReasonCode, ...ImportReasonCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Where a block was and why it was read so: `reason` in English (for the CLI and older clients), `because` as codes. */
const decision = z.strictObject({ where: z.string(), reason: z.string(), because: z.array(importReason) });

export const previewSchema = z.strictObject({
  filename: z.string(),
  format: z.enum(DRAFT_FORMATS),
  language: languageSchema,
  title: z.string().nullable(),
  preface: z.string().nullable(),
  paragraphs: z.array(
    decision.extend({
      kind,
      label: z.string(),
      text: z.string(),
      subParagraphs: z.array(decision.extend({ label: z.string(), text: z.string() })),
    }),
  ),
  /** Masthead, symbol, dates, sponsor line, further formulas: kept and shown, never paragraphs. */
  frontMatter: z.array(z.strictObject({ role: z.enum(FRONT_MATTER_ROLES), text: z.string(), where: z.string() })),
  /** Text of the file in no paragraph, with where it was and why. */
  leftOut: z.array(z.strictObject({ text: z.string(), where: z.string(), why: z.string(), because: z.array(importReason) })),
  /** Every block of the file with what was decided for it, front matter and text left out included. */
  decisions: z.array(
    decision.extend({
      role: z.enum(BLOCK_ROLES),
      label: z.string().nullable(),
      text: z.string(),
    }),
  ),
});

const text = z.string().trim().min(1).max(20_000);

/** A draft as saved after the secretariat checked (and perhaps corrected) the import. */
export const saveBody = z.strictObject({
  symbol: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(2_000),
  language: languageSchema,
  illustrative: z.boolean().default(false),
  publish: z.boolean().default(false),
  source: z.string().max(255).nullable().default(null),
  /** The enacting formula before the preamble: "The 143rd Assembly of the Inter-Parliamentary Union,". */
  preface: z.string().trim().min(1).max(2_000).nullable().default(null),
  /** The source's masthead, symbol, dates and sponsor line, kept with the draft. */
  frontMatter: z
    .array(z.strictObject({ role: z.enum(FRONT_MATTER_ROLES), text: z.string().trim().min(1).max(2_000) }))
    .max(200)
    .default([]),
  paragraphs: z
    .array(z.strictObject({ kind, text, subParagraphs: z.array(text).max(100).default([]) }))
    .min(1)
    .max(2_000),
});

export const savedSchema = z.strictObject({ id: z.string(), symbol: z.string(), paragraphs: z.number().int() });

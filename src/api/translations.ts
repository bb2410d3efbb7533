import { z } from "zod";
import { TRANSLATION_SOURCES, TRANSLATION_STATUSES } from "../domain/translations/translation.js";
import { languageSchema } from "./multilingual.js";
import { AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { CHANGE_OPS } from "../domain/text/diff.js";
import { LANGUAGE_VERSION_STATUSES } from "../domain/multilingual.js";

export const translationTaskParams = z.strictObject({ id: z.string().min(1).max(100) });

/** The queue narrowed to one language, one status (`waiting`: open, drafted or stale) or one draft; oldest tabled first. */
export const translationQueueQuery = z.strictObject({
  lang: languageSchema.optional(),
  status: z.enum([...TRANSLATION_STATUSES, "waiting", "all"]).optional(),
  draft: z.string().min(1).max(100).optional(),
});

/** A draft's translations for readers of one language. */
export const draftTranslationsQuery = z.strictObject({ lang: languageSchema });

/** Where a translated text stands: an amendment's number, what it does and where (PP2, OP3 (a)); a recommendation's group and guiding question. */
export const translationPlace = {
  number: z.number().int().nullable(),
  action: z.enum(AMENDMENT_ACTIONS).nullable(),
  label: z.string().nullable(),
  parentNumber: z.number().int().nullable(),
  groupNumber: z.number().int().nullable(),
  question: z.number().int().nullable(),
} as const;

const changes = z.array(z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() }));
const person = z.strictObject({ id: z.string(), name: z.string() });

/** One task as the queue lists it: what it translates, from and into which language, where it stands. */
export const translationSummarySchema = z.strictObject({
  id: z.string(),
  draftId: z.string(),
  draftSymbol: z.string(),
  sourceKind: z.enum(TRANSLATION_SOURCES),
  sourceId: z.string(),
  /** `wording` or `revised` for an amendment; the guiding question (or `general`) for a recommendation. */
  part: z.string(),
  sourceLanguage: languageSchema,
  language: languageSchema,
  status: z.enum(TRANSLATION_STATUSES),
  ...translationPlace,
  tabledAt: z.string(),
  doneAt: z.string().nullable(),
  assignedTo: person.nullable(),
  version: z.number().int(),
});

/** The time from tabling a text to its last language, per source; null while a language is awaited. */
const turnaroundSchema = z.strictObject({
  sourceKind: z.enum(TRANSLATION_SOURCES),
  sourceId: z.string(),
  tabledAt: z.string(),
  milliseconds: z.number().int().nullable(),
});

export const translationQueueSchema = z.strictObject({
  tasks: z.array(translationSummarySchema),
  /** The secretariat's: per source, the time to all languages, and their median (null until one is complete). */
  turnarounds: z.array(turnaroundSchema),
  medianMilliseconds: z.number().int().nullable(),
  /** The translators the secretariat may assign to (empty for others). */
  translators: z.array(person),
  permissions: z.strictObject({ assign: z.boolean(), turnaround: z.boolean() }),
});

/** One task for the translation page: the source with its changes marked, the translator's wording, the steps allowed. */
export const translationDetailSchema = translationSummarySchema.extend({
  source: z.strictObject({
    text: z.string(),
    /** The wording the source changes, in the source language (null for a new paragraph or a recommendation). */
    before: z.string().nullable(),
    /** The same wording in the language translated into, where the draft has it: the starting point. */
    targetBefore: z.string().nullable(),
    /** The source's tracked changes, in the source language. */
    changes,
  }),
  text: z.string().nullable(),
  /** The tracked changes of the translation against `targetBefore`, once written. */
  changes: changes.nullable(),
  /** Where the other languages of the same text stand. */
  languages: z.array(z.strictObject({ language: languageSchema, status: z.enum(TRANSLATION_STATUSES) })),
  turnaroundMilliseconds: z.number().int().nullable(),
  translators: z.array(person),
  permissions: z.strictObject({ save: z.boolean(), submit: z.boolean(), reopen: z.boolean(), claim: z.boolean(), assign: z.boolean() }),
});

/** A draft's tabled texts in the reader's language: final translations with their changes, the others marked as needed. */
export const draftTranslationsSchema = z.strictObject({
  language: languageSchema,
  items: z.array(
    z.strictObject({
      sourceKind: z.enum(TRANSLATION_SOURCES),
      sourceId: z.string(),
      part: z.string(),
      sourceLanguage: languageSchema,
      /** As a reader sees it: only a final translation replaces the original. */
      status: z.enum(LANGUAGE_VERSION_STATUSES),
      text: z.string().nullable(),
      changes: changes.nullable(),
    }),
  ),
  /** The secretariat's: per amendment, the time from tabling to all languages. */
  turnarounds: z.array(turnaroundSchema),
});

/** The wording a translator saves or submits, at the version they loaded. */
export const translationTextBody = z.strictObject({ text: z.string().min(1).max(20_000), version: z.number().int().positive() });

/** Assign a task: to oneself (claim), to a translator (the secretariat), or to nobody. */
export const translationAssignBody = z.strictObject({
  accountId: z.string().min(1).max(100).nullable(),
  version: z.number().int().positive(),
});

export const translationVersionBody = z.strictObject({ version: z.number().int().positive() });

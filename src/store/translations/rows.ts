import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { AccountId } from "../../domain/ids.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import {
  TRANSLATION_SOURCES,
  TRANSLATION_STATUSES,
  type TranslationSourceKind,
  type TranslationTaskStatus,
} from "../../domain/translations/translation.js";
import { decodeColumn, oneOf } from "../decode.js";
import { translationPlace } from "../../api/translations.js";
import type { Schema } from "../schema.js";

/** What the translator sees of the source: its wording, the wording it changes in both languages, and its place. */
export const translationSource = z.object({
  /** The wording to translate, in the source language. */
  text: z.string(),
  /** The wording it changes, in the source language: the paragraph, the title, the amended amendment's wording; null for a new text. */
  before: z.string().nullable(),
  /** The same wording in the language translated into, where the draft has it: the translator's starting point. */
  targetBefore: z.string().nullable(),
  ...translationPlace,
});
export type TranslationSource = z.output<typeof translationSource>;

/** One translation task as stored. */
export interface StoredTranslation {
  readonly id: string;
  readonly draftId: string;
  readonly sourceKind: TranslationSourceKind;
  readonly sourceId: string;
  readonly part: string;
  readonly sourceLanguage: Language;
  readonly language: Language;
  readonly status: TranslationTaskStatus;
  readonly sourceHash: string;
  readonly source: TranslationSource;
  readonly text: string | null;
  readonly assignedTo: AccountId | null;
  readonly tabledAt: string;
  readonly doneAt: string | null;
  readonly updatedBy: AccountId | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** Decodes one `translation_tasks` row; an unknown status or language is reported with its table. */
export const decodeTranslation = (r: Selectable<Schema["translation_tasks"]>): StoredTranslation => ({
  id: r.id,
  draftId: r.draft_id,
  sourceKind: oneOf(TRANSLATION_SOURCES, r.source_kind, "translation_tasks.source_kind"),
  sourceId: r.source_id,
  part: r.part,
  sourceLanguage: oneOf(LANGUAGES, r.source_language, "translation_tasks.source_language"),
  language: oneOf(LANGUAGES, r.language, "translation_tasks.language"),
  status: oneOf(TRANSLATION_STATUSES, r.status, "translation_tasks.status"),
  sourceHash: r.source_hash,
  source: decodeColumn(translationSource, r.source, "translation_tasks", r.id),
  text: r.text,
  assignedTo: r.assigned_to,
  tabledAt: r.tabled_at,
  doneAt: r.done_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
  version: r.version,
});

/** One task, or undefined. */
export const findTranslation = async (db: Kysely<Schema>, id: string): Promise<StoredTranslation | undefined> => {
  const row = await db.selectFrom("translation_tasks").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? decodeTranslation(row) : undefined;
};

/** The tasks of one source (an amendment or a recommendation), every part and language. */
export const translationsOfSource = async (
  db: Kysely<Schema>,
  kind: TranslationSourceKind,
  sourceId: string,
): Promise<StoredTranslation[]> =>
  (
    await db
      .selectFrom("translation_tasks")
      .selectAll()
      .where("source_kind", "=", kind)
      .where("source_id", "=", sourceId)
      .orderBy("part")
      .orderBy("language")
      .execute()
  ).map(decodeTranslation);

/** Every task of a draft, oldest tabled first. */
export const translationsOfDraft = async (db: Kysely<Schema>, draftId: string): Promise<StoredTranslation[]> =>
  (await db.selectFrom("translation_tasks").selectAll().where("draft_id", "=", draftId).orderBy("tabled_at").orderBy("id").execute()).map(
    decodeTranslation,
  );

/** What the queue may be narrowed to. */
export interface QueueFilter {
  readonly language?: Language | undefined;
  readonly statuses?: readonly TranslationTaskStatus[] | undefined;
  readonly draftId?: string | undefined;
}

/** The translation queue, oldest tabled first: every task, or those of one language, status or draft. */
export const translationQueue = async (db: Kysely<Schema>, filter: QueueFilter): Promise<StoredTranslation[]> =>
  (
    await db
      .selectFrom("translation_tasks")
      .selectAll()
      .$if(filter.language !== undefined, (q) => q.where("language", "=", filter.language!))
      .$if(filter.statuses !== undefined && filter.statuses.length > 0, (q) => q.where("status", "in", [...filter.statuses!]))
      .$if(filter.draftId !== undefined, (q) => q.where("draft_id", "=", filter.draftId!))
      .orderBy("tabled_at")
      .orderBy("id")
      .limit(2000)
      .execute()
  ).map(decodeTranslation);

/** The JSON kept in the `source` column. */
export const encodeSource = (s: TranslationSource): string => JSON.stringify(s);

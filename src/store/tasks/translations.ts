import { TRANSLATION_SOURCES, type TranslationSourceKind } from "../../domain/translations/translation.js";
import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import type { Schema } from "../schema.js";

/** A translator's start-page task: so many amendments (or recommendations) wait for one language. */
export interface TranslationTask {
  readonly kind: "translate";
  readonly sourceKind: TranslationSourceKind;
  readonly language: Language;
  readonly count: number;
  readonly draftId: string | null;
}

/**
 * What waits for a translator: per language and kind of text, the texts whose translation is open, drafted or
 * stale and that no other translator holds. Only for the translator role: the secretariat has the queue's link.
 */
export const translationTasksFor = async (db: Kysely<Schema>, p: Principal): Promise<TranslationTask[]> => {
  if (p.accountId === null || !p.roles.some((r) => r.role === "translator")) return [];
  const rows = await db
    .selectFrom("translation_tasks")
    .select(["source_kind", "source_id", "language", "draft_id"])
    .where("status", "in", ["open", "drafted", "stale"])
    .where((eb) => eb.or([eb("assigned_to", "is", null), eb("assigned_to", "=", p.accountId!)]))
    .execute();
  const tasks: TranslationTask[] = [];
  for (const language of LANGUAGES)
    for (const sourceKind of TRANSLATION_SOURCES) {
      const of = rows.filter((r) => r.language === language && r.source_kind === sourceKind);
      const drafts = [...new Set(of.map((r) => r.draft_id))];
      if (of.length > 0)
        tasks.push({
          kind: "translate",
          sourceKind,
          language,
          count: new Set(of.map((r) => r.source_id)).size,
          draftId: drafts.length === 1 ? drafts[0]! : null,
        });
    }
  return tasks;
};

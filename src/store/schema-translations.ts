import type { AccountId } from "../domain/ids.js";
import type { Language } from "../domain/language.js";
import type { TranslationSourceKind, TranslationTaskStatus } from "../domain/translations/translation.js";
/** Translation tasks (migration 017). */
export interface TranslationTables {
  translation_tasks: {
    id: string;
    draft_id: string;
    /** amendment or recommendation. */
    source_kind: TranslationSourceKind;
    source_id: string;
    /** An amendment's `wording` or `revised` wording; a recommendation's guiding question id, or `general`. */
    part: string;
    source_language: Language;
    /** The language translated into. */
    language: Language;
    status: TranslationTaskStatus;
    /** The fingerprint of the source wording the task was opened (or last brought up to date) for. */
    source_hash: string;
    /** JSON: the source as the translator sees it (wording, the wording it changes in both languages, its place). */
    source: string;
    text: string | null;
    assigned_to: AccountId | null;
    /** When the source was tabled, or last changed. */
    tabled_at: string;
    /** When the translation was submitted; null while it is not final. */
    done_at: string | null;
    updated_by: AccountId | null;
    updated_at: string;
    version: number;
  };
}

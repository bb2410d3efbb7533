import type { Kysely } from "kysely";
import type { FrontMatterLine } from "../domain/text/import-types.js";
import type { AccountId, ParagraphId, SittingId } from "../domain/ids.js";
import { LANGUAGES, type Language } from "../domain/language.js";
import { inLanguage, type MultilingualText, type TranslationStatus } from "../domain/multilingual.js";
import { consolidateOnce } from "../domain/text/shared-results.js";
import type { ConsolidatedSubParagraph } from "../domain/text/consolidation.js";
import { labelAll, subParagraphLetter } from "../domain/text/labels.js";
import type { ParagraphKind } from "../domain/text/paragraph.js";
import { loadDraft } from "./drafts.js";
import type { RevisionTranslations } from "./columns/drafts.js";
import { parseParagraphData, revisionBasis } from "./draft-rows.js";
import type { Schema } from "./schema.js";
import { storedAmendments } from "./amendments/rows.js";

/** One language of a text as a reader or translator sees it; `translation_needed` only in a revision. */
export interface LanguageVersionView {
  readonly language: Language;
  readonly text: string | null;
  readonly status: TranslationStatus | "translation_needed";
  readonly original: boolean;
}

/** The wording adopted amendments give a paragraph, and which languages still need translating. */
export interface RevisionView {
  readonly amendments: readonly string[];
  readonly language: Language;
  readonly languages: readonly LanguageVersionView[];
}

export interface SubParagraphView {
  readonly id: string;
  readonly label: string;
  readonly letter: string;
  readonly text: MultilingualText;
  readonly languages: readonly LanguageVersionView[];
  readonly revision: RevisionView | null;
}

export interface ParagraphView extends Omit<SubParagraphView, "letter"> {
  readonly kind: ParagraphKind;
  readonly version: number;
  readonly subParagraphs: readonly SubParagraphView[];
}

/** A draft resolution with labelled paragraphs, every language version with its status, and its revisions. */
export interface DraftView {
  readonly id: string;
  readonly symbol: string;
  readonly sittingId: SittingId | null;
  readonly stage: string;
  readonly illustrative: boolean;
  readonly published: boolean;
  readonly version: number;
  readonly title: MultilingualText | null;
  /** The enacting formula before the preamble, when the draft has one. */
  readonly preface: MultilingualText | null;
  /** The masthead, symbol, dates and sponsor line the draft came with. */
  readonly frontMatter: readonly FrontMatterLine[];
  readonly languages: readonly Language[];
  readonly paragraphs: readonly ParagraphView[];
  /** Amendments the caller proposed, so that the page offers them their author's actions. */
  readonly mine: readonly string[];
}

/** Every working language of a text, missing ones included. */
export const languagesOf = (text: MultilingualText): LanguageVersionView[] =>
  LANGUAGES.map((language) => {
    const v = inLanguage(text, language);
    return { language, text: v.text, status: v.status, original: v.original };
  });

/** The revised wording of an amended paragraph: final in its language, translated or "translation needed" in the others. */
export const revisionOf = (
  before: MultilingualText,
  amended: ConsolidatedSubParagraph | undefined,
  stored: RevisionTranslations | undefined,
): RevisionView | null => {
  if (!amended || amended.outcome !== "amended") return null;
  const language = amended.text.original;
  const wording = amended.text.versions[language]?.text ?? "";
  const translations = stored && stored.basis === revisionBasis(language, wording) ? stored.versions : {};
  return {
    amendments: amended.amendments.map(String),
    language,
    languages: LANGUAGES.map((l) => {
      if (l === language) return { language: l, text: wording, status: "final", original: true };
      const supplied = translations[l];
      if (supplied) return { language: l, text: supplied.text, status: supplied.status, original: false };
      const needed = before.versions[l] !== undefined;
      return { language: l, text: null, status: needed ? "translation_needed" : "missing", original: false };
    }),
  };
};

/** Who reads a draft's page: their account (for their own amendments) and whether they may read unpublished texts. */
export interface DraftReader {
  readonly accountId: AccountId | null;
  readonly includeUnpublished: boolean;
}

/** Reads a draft for its page; an unpublished draft the reader may not see is not found. */
export const readDraft = async (db: Kysely<Schema>, reader: DraftReader, draftId: string): Promise<DraftView> => {
  const draft = await loadDraft(db, draftId, reader.includeUnpublished);
  const [row, rows, stored] = await Promise.all([
    db.selectFrom("draft_resolutions").selectAll().where("id", "=", draftId).executeTakeFirstOrThrow(),
    db.selectFrom("paragraphs").selectAll().where("draft_id", "=", draftId).orderBy("position").execute(),
    storedAmendments(db, draftId),
  ]);
  const consolidation = consolidateOnce(
    draft.text,
    stored.map((s) => s.amendment).filter((a) => a.status !== "draft"),
  );
  const outcomes = new Map<string, ConsolidatedSubParagraph>();
  for (const c of consolidation.paragraphs) {
    outcomes.set(c.id, c);
    for (const s of c.subParagraphs) outcomes.set(s.id, s);
  }
  const labels = labelAll(draft.text.paragraphs);
  const languages = new Set<Language>();
  const note = (text: MultilingualText) => Object.keys(text.versions).forEach((l) => languages.add(l as Language));
  if (draft.text.title) note(draft.text.title);
  const paragraphs = rows.map((r): ParagraphView => {
    const data = parseParagraphData(r.data);
    note(data.text);
    return {
      id: r.id,
      label: labels.get(r.id as ParagraphId) ?? "",
      kind: r.kind === "preambular" ? "preambular" : "operative",
      version: data.version ?? 1,
      text: data.text,
      languages: languagesOf(data.text),
      revision: revisionOf(data.text, outcomes.get(r.id), data.revision),
      subParagraphs: data.subParagraphs.map((s, i) => ({
        id: s.id,
        label: labels.get(s.id as ParagraphId) ?? "",
        letter: `(${subParagraphLetter(i)})`,
        text: s.text,
        languages: languagesOf(s.text),
        revision: revisionOf(s.text, outcomes.get(s.id), s.revision),
      })),
    };
  });
  return {
    id: row.id,
    symbol: row.symbol,
    sittingId: row.sitting_id,
    stage: row.stage,
    illustrative: row.illustrative === 1,
    published: row.published === 1,
    version: row.version,
    title: draft.text.title,
    preface: draft.preface,
    frontMatter: draft.frontMatter,
    languages: LANGUAGES.filter((l) => languages.has(l)),
    paragraphs,
    mine: stored.filter((s) => s.createdBy !== null && s.createdBy === reader.accountId).map((s) => s.amendment.id as string),
  };
};

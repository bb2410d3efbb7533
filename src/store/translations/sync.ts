import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { ParagraphId, SittingId } from "../../domain/ids.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { inLanguage, type MultilingualText } from "../../domain/multilingual.js";
import type { Recommendation } from "../../domain/recommendations/recommendation.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { locate } from "../../domain/text/draft-text.js";
import { labelAll } from "../../domain/text/labels.js";
import type { Paragraph } from "../../domain/text/paragraph.js";
import {
  awaitsTranslator,
  languagesToTranslate,
  sourceHash,
  takeTranslationStep,
  type TranslationSourceKind,
} from "../../domain/translations/translation.js";
import { draftData } from "../columns/drafts.js";
import { paragraphsOfDraft } from "../drafts.js";
import { decodeColumn } from "../decode.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import type { StoredAmendment } from "../amendments/rows.js";
import { findAmendment } from "../amendments/rows.js";
import { encodeSource, translationsOfSource, type StoredTranslation, type TranslationSource } from "./rows.js";

/** A draft's text as translation needs it: its languages, paragraphs, title and labels. */
interface DraftForTranslation {
  readonly sittingId: SittingId | null;
  readonly languages: readonly Language[];
  readonly paragraphs: readonly Paragraph[];
  readonly title: MultilingualText | null;
}

/** Reads a draft's text regardless of the reader: tasks are opened for the draft, not for the person tabling. */
export const draftForTranslation = async (db: Kysely<Schema>, draftId: string): Promise<DraftForTranslation> => {
  const row = await db
    .selectFrom("draft_resolutions")
    .select(["id", "sitting_id", "data"])
    .where("id", "=", draftId)
    .executeTakeFirstOrThrow();
  const paragraphs = await paragraphsOfDraft(db, draftId);
  const title = decodeColumn(draftData, row.data, "draft_resolutions", row.id).title;
  const languages = new Set<Language>();
  const note = (t: MultilingualText | null) => Object.keys(t?.versions ?? {}).forEach((l) => languages.add(l as Language));
  note(title);
  paragraphs.forEach((p) => note(p.text));
  return { sittingId: row.sitting_id, languages: LANGUAGES.filter((l) => languages.has(l)), paragraphs, title };
};

/** One text that needs (or no longer needs) translating: `text` null when its source is gone or withdrawn. */
interface Translatable {
  readonly part: string;
  readonly language: Language;
  readonly text: string | null;
  /** What the translator of `target` sees of it. */
  readonly source: (target: Language) => TranslationSource;
}

/**
 * Brings the tasks of one source up to date in the caller's transaction: a task per other language of the draft for
 * each text that needs translating (opened, or made stale when its wording changed), and the unfinished tasks of a
 * text that no longer needs it cancelled. Each change is recorded.
 */
const syncSource = async (
  ctx: WriteContext,
  draftId: string,
  draft: DraftForTranslation,
  kind: TranslationSourceKind,
  sourceId: string,
  texts: readonly Translatable[],
): Promise<void> => {
  const existing = await translationsOfSource(ctx.trx, kind, sourceId);
  const record = (task: Pick<StoredTranslation, "id" | "part" | "language">, type: string, from: string | null, to: string) =>
    ctx.record({
      type: `translation.${type}`,
      subject: `translation:${task.id}`,
      sittingId: draft.sittingId,
      scope: "members",
      payload: { translationId: task.id, draftId, sourceKind: kind, sourceId, part: task.part, language: task.language, from, to },
    });
  for (const t of texts) {
    const needed = t.text !== null && t.text.trim() !== "";
    const ofPart = existing.filter((e) => e.part === t.part);
    if (!needed) {
      for (const e of ofPart.filter((e) => awaitsTranslator(e.status))) {
        await ctx.trx
          .updateTable("translation_tasks")
          .set({ status: "cancelled", updated_at: ctx.now, version: e.version + 1 })
          .where("id", "=", e.id)
          .execute();
        record(e, "cancelled", e.status, "cancelled");
      }
      continue;
    }
    const hash = sourceHash(t.text!);
    for (const language of languagesToTranslate(draft.languages, t.language)) {
      const source = encodeSource(t.source(language));
      const found = ofPart.find((e) => e.language === language);
      if (!found) {
        const id = randomUUID();
        await ctx.trx
          .insertInto("translation_tasks")
          .values({
            id,
            draft_id: draftId,
            source_kind: kind,
            source_id: sourceId,
            part: t.part,
            source_language: t.language,
            language,
            status: "open",
            source_hash: hash,
            source,
            text: null,
            assigned_to: null,
            tabled_at: ctx.now,
            done_at: null,
            updated_by: ctx.actor,
            updated_at: ctx.now,
            version: 1,
          })
          .execute();
        record({ id, part: t.part, language }, "opened", null, "open");
      } else if (found.sourceHash !== hash || found.sourceLanguage !== t.language || found.status === "cancelled") {
        const status = takeTranslationStep(found.status, "source_changed");
        await ctx.trx
          .updateTable("translation_tasks")
          .set({
            status,
            source_hash: hash,
            source_language: t.language,
            source,
            tabled_at: ctx.now,
            done_at: null,
            updated_at: ctx.now,
            version: found.version + 1,
          })
          .where("id", "=", found.id)
          .execute();
        record(found, status === "stale" ? "stale" : "opened", found.status, status);
      }
    }
  }
};

const placeOf = (draft: DraftForTranslation, id: ParagraphId | null | undefined): MultilingualText | null => {
  if (!id) return null;
  const at = locate(draft.paragraphs).get(id);
  if (!at) return null;
  const p = draft.paragraphs[at.paragraph]!;
  return at.sub === null ? p.text : (p.subParagraphs[at.sub]?.text ?? null);
};

/** The wording an amendment changes, in one language: the amended amendment's (or its final translation), the paragraph's, the title's. */
const wordingChanged = async (
  ctx: WriteContext,
  draft: DraftForTranslation,
  a: Amendment,
  parent: StoredAmendment | undefined,
  language: Language,
): Promise<string | null> => {
  if (parent) {
    if (parent.amendment.language === language) return parent.amendment.text ?? null;
    const done = (await translationsOfSource(ctx.trx, "amendment", parent.amendment.id)).find(
      (t) => t.part === "wording" && t.language === language && t.status === "final",
    );
    return done?.text ?? null;
  }
  if (a.action === "insert") return null;
  const original = a.action === "amend_title" ? draft.title : placeOf(draft, a.target);
  return original ? inLanguage(original, language).text : null;
};

/**
 * Opens, refreshes or cancels the translation tasks of an amendment after it changed: its wording once tabled (a
 * sub-amendment's and a compromise's alike), its revised wording once accepted as revised; a withdrawn or merged
 * amendment's unfinished tasks are cancelled. Drafts get none: they are their author's or their group's alone.
 */
export const syncAmendmentTranslations = async (ctx: WriteContext, stored: StoredAmendment): Promise<void> => {
  const a = stored.amendment;
  if (a.status === "draft") return;
  const draft = await draftForTranslation(ctx.trx, stored.draftId);
  if (draft.languages.length < 2) return;
  const parent = a.parent ? await findAmendment(ctx.trx, a.parent) : undefined;
  const labels = labelAll(draft.paragraphs);
  const place = a.target ?? parent?.amendment.target ?? a.after ?? null;
  const before = new Map<Language, string | null>();
  for (const l of draft.languages) before.set(l, await wordingChanged(ctx, draft, a, parent, l));
  const source = (text: string) => (target: Language) => ({
    text,
    before: before.get(a.language) ?? null,
    targetBefore: before.get(target) ?? null,
    number: stored.number,
    action: a.action,
    label: place ? (labels.get(place) ?? null) : null,
    parentNumber: parent?.number ?? null,
    groupNumber: null,
    question: null,
  });
  const live = a.status !== "withdrawn" && a.status !== "merged" && a.action !== "delete";
  const revised = a.status === "accepted_as_revised" ? (a.revisedText ?? null) : null;
  await syncSource(ctx, stored.draftId, draft, "amendment", a.id, [
    { part: "wording", language: a.language, text: live ? (a.text ?? null) : null, source: source(a.text ?? "") },
    { part: "revised", language: a.language, text: revised, source: source(revised ?? "") },
  ]);
};

const AGREED: readonly Recommendation["status"][] = ["agreed", "presented", "adopted"];

/**
 * Opens or refreshes the translation tasks of a group's recommendation once the group agreed it (while the rapporteur
 * drafts, it is the group's own); a text changed after a reopening makes its translations stale when agreed again.
 */
export const syncRecommendationTranslations = async (ctx: WriteContext, r: Recommendation): Promise<void> => {
  if (r.status === "drafting") return;
  const draft = await draftForTranslation(ctx.trx, r.draftId);
  if (draft.languages.length < 2) return;
  const group = await ctx.trx.selectFrom("discussion_groups").select("number").where("id", "=", r.groupId).executeTakeFirst();
  const questions = await ctx.trx
    .selectFrom("guiding_questions")
    .select(["id", "position"])
    .where("group_id", "=", r.groupId)
    .orderBy("position")
    .execute();
  const existing = await translationsOfSource(ctx.trx, "recommendation", r.id);
  const parts = new Set([...r.texts.map((t) => t.questionId ?? "general"), ...existing.map((e) => e.part)]);
  await syncSource(
    ctx,
    r.draftId,
    draft,
    "recommendation",
    r.id,
    [...parts].map((part) => {
      const t = r.texts.find((x) => (x.questionId ?? "general") === part);
      const index = questions.findIndex((q) => q.id === part);
      return {
        part,
        language: t?.language ?? "en",
        text: AGREED.includes(r.status) ? (t?.text ?? null) : null,
        source: () => ({
          text: t?.text ?? "",
          before: null,
          targetBefore: null,
          number: null,
          action: null,
          label: null,
          parentNumber: null,
          groupNumber: group?.number ?? null,
          question: index >= 0 ? index + 1 : null,
        }),
      };
    }),
  );
};

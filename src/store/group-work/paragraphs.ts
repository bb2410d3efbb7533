import type { Kysely } from "kysely";
import type { ParagraphId, SittingId } from "../../domain/ids.js";
import { inLanguage } from "../../domain/multilingual.js";
import { adoptedWording } from "../../domain/text/amendment.js";
import { diffWords } from "../../domain/text/diff.js";
import { locate } from "../../domain/text/draft-text.js";
import { labelAll } from "../../domain/text/labels.js";
import { renderTrackedChangesHtml } from "../../domain/text/tracked-changes.js";
import { loadDraft } from "../drafts.js";
import type { Schema } from "../schema.js";
import { storedAmendments } from "../amendments/rows.js";
import { decodeColumn } from "../decode.js";
import { paragraphData } from "../columns/drafts.js";

/** The ids of every paragraph and sub-paragraph of the sitting's draft resolutions, by draft. */
export const paragraphIdsOfSitting = async (db: Kysely<Schema>, sittingId: SittingId): Promise<Map<string, string>> => {
  const rows = await db
    .selectFrom("paragraphs")
    .innerJoin("draft_resolutions", "draft_resolutions.id", "paragraphs.draft_id")
    .select(["paragraphs.id", "paragraphs.draft_id", "paragraphs.data"])
    .where("draft_resolutions.sitting_id", "=", sittingId)
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) {
    out.set(r.id, r.draft_id);
    for (const s of decodeColumn(paragraphData, r.data, "paragraphs", r.id).subParagraphs) out.set(s.id, r.draft_id);
  }
  return out;
};

const HIDDEN_STATUSES = new Set(["draft", "withdrawn"]);

/**
 * The paragraph under discussion with the amendments proposed to it (or to its sub-paragraphs, or inserted
 * after it) as tracked changes; null when its draft is unpublished and the caller does not include those.
 */
export const paragraphUnderDiscussion = async (
  db: Kysely<Schema>,
  includeUnpublished: boolean,
  sittingId: SittingId,
  paragraphId: string,
) => {
  const draftId = (await paragraphIdsOfSitting(db, sittingId)).get(paragraphId);
  if (!draftId) return null;
  const draft = await loadDraft(db, draftId, includeUnpublished).catch(() => null);
  if (!draft) return null;
  const at = locate(draft.text.paragraphs).get(paragraphId as ParagraphId);
  const paragraph = at ? draft.text.paragraphs[at.paragraph] : undefined;
  if (!paragraph) return null;
  const labels = labelAll(draft.text.paragraphs);
  const texts = new Map([
    [paragraph.id as string, paragraph.text],
    ...paragraph.subParagraphs.map((s) => [s.id as string, s.text] as const),
  ]);
  const amendments = (await storedAmendments(db, draftId)).filter(({ amendment: a }) => {
    const ref = a.action === "insert" ? a.after : a.target;
    return !HIDDEN_STATUSES.has(a.status) && ref !== undefined && ref !== null && texts.has(ref);
  });
  return {
    id: paragraph.id as string,
    draftId,
    label: labels.get(paragraph.id) ?? "",
    kind: paragraph.kind,
    text: paragraph.text,
    subParagraphs: paragraph.subParagraphs.map((s) => ({ id: s.id as string, label: labels.get(s.id) ?? "", text: s.text })),
    amendments: amendments.map(({ amendment: a, number }) => {
      const original = a.action === "insert" || !a.target ? null : (texts.get(a.target) ?? null);
      const before = original ? (inLanguage(original, a.language).text ?? "") : "";
      const after = a.action === "delete" ? "" : adoptedWording(a);
      const changes = diffWords(before, after, a.language);
      return {
        id: a.id as string,
        number,
        action: a.action,
        status: a.status,
        target: (a.action === "insert" ? a.after : a.target) ?? null,
        targetLabel: labels.get(((a.action === "insert" ? a.after : a.target) ?? "") as ParagraphId) ?? null,
        author: a.author ?? null,
        language: a.language,
        changes: changes.map((c) => ({ op: c.op, text: c.text })),
        html: renderTrackedChangesHtml(changes),
      };
    }),
  };
};

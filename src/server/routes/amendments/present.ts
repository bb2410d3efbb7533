import { inLanguage } from "../../../domain/multilingual.js";
import { diffWords } from "../../../domain/text/diff.js";
import { locate } from "../../../domain/text/draft-text.js";
import { labelAll } from "../../../domain/text/labels.js";
import type { StoredDraft } from "../../../store/drafts.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";

/** What every view of an amendment shows: its place in the draft and its word changes against the paragraph it names. */
export const amendmentBasics = (draft: StoredDraft, s: StoredAmendment) => {
  const a = s.amendment;
  const where = a.target ? locate(draft.text.paragraphs).get(a.target) : undefined;
  const paragraph = where ? draft.text.paragraphs[where.paragraph] : undefined;
  const original =
    paragraph && where ? (where.sub === null ? paragraph.text : paragraph.subParagraphs[where.sub]?.text) : a.action === "amend_title" ? draft.text.title : null;
  const before = original ? (inLanguage(original, a.language).text ?? "") : "";
  return {
    id: a.id as string,
    number: s.number,
    action: a.action,
    status: a.status,
    target: (a.target as string | undefined) ?? null,
    targetLabel: a.target ? (labelAll(draft.text.paragraphs).get(a.target) ?? null) : a.action === "amend_title" ? "title" : null,
    after: (a.after as string | undefined) ?? null,
    kind: a.kind ?? null,
    text: a.text ?? null,
    language: a.language,
    justification: a.justification ?? null,
    version: s.version,
    changes: diffWords(before, a.action === "delete" ? "" : (a.text ?? ""), a.language),
  };
};

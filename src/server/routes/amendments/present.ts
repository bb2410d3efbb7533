import { inLanguage } from "../../../domain/multilingual.js";
import { diffWords } from "../../../domain/text/diff.js";
import { locate } from "../../../domain/text/draft-text.js";
import { labelAll } from "../../../domain/text/labels.js";
import type { StoredDraft } from "../../../store/drafts.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";

/**
 * What every view of an amendment shows: its place in the draft and its word changes against the paragraph it
 * names, or, for a sub-amendment, against the tabled wording of the amendment it amends (`parent`).
 */
export const amendmentBasics = (draft: StoredDraft, s: StoredAmendment, parent?: StoredAmendment) => {
  const a = s.amendment;
  const amended = parent && a.parent === parent.amendment.id ? parent.amendment : null;
  const place = a.target ?? amended?.target ?? null;
  const where = place ? locate(draft.text.paragraphs).get(place) : undefined;
  const paragraph = where ? draft.text.paragraphs[where.paragraph] : undefined;
  const titled = a.action === "amend_title" || amended?.action === "amend_title";
  const original =
    paragraph && where
      ? where.sub === null
        ? paragraph.text
        : paragraph.subParagraphs[where.sub]?.text
      : titled
        ? draft.text.title
        : null;
  const before = amended ? (amended.text ?? "") : original ? (inLanguage(original, a.language).text ?? "") : "";
  return {
    id: a.id as string,
    number: s.number,
    action: a.action,
    status: a.status,
    target: (a.target as string | undefined) ?? null,
    targetLabel: place ? (labelAll(draft.text.paragraphs).get(place) ?? null) : titled ? "title" : null,
    after: (a.after as string | undefined) ?? null,
    kind: a.kind ?? null,
    text: a.text ?? null,
    language: a.language,
    justification: a.justification ?? null,
    version: s.version,
    changes: diffWords(before, a.action === "delete" ? "" : (a.text ?? ""), a.language),
  };
};

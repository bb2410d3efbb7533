import { inLanguage } from "../../../domain/multilingual.js";
import { applyChanges, diffWords } from "../../../domain/text/diff.js";
import { locate } from "../../../domain/text/draft-text.js";
import { labelAll } from "../../../domain/text/labels.js";
import type { StoredDraft } from "../../../store/drafts.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";
import { compactChanges } from "../../../api/changes.js";

/** Where each paragraph and sub-paragraph of a draft stands and its label. */
interface Places {
  readonly at: ReturnType<typeof locate>;
  readonly labels: ReturnType<typeof labelAll>;
}

// Worked out once per loaded draft: presenting a list of amendments reads them once, not once per amendment.
const placesByDraft = new WeakMap<StoredDraft, Places>();
const placesOf = (draft: StoredDraft): Places => {
  let places = placesByDraft.get(draft);
  if (!places) placesByDraft.set(draft, (places = { at: locate(draft.text.paragraphs), labels: labelAll(draft.text.paragraphs) }));
  return places;
};

/** The wording an amendment's changes start from: the paragraph it names in its language, the title, or the tabled wording of the amendment it amends. */
const amendedWording = (draft: StoredDraft, s: StoredAmendment, parent?: StoredAmendment) => {
  const a = s.amendment;
  const amended = parent && a.parent === parent.amendment.id ? parent.amendment : null;
  const place = a.target ?? amended?.target ?? null;
  const { at, labels } = placesOf(draft);
  const where = place ? at.get(place) : undefined;
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
  return { before, targetLabel: place ? (labels.get(place) ?? null) : titled ? "title" : null };
};

const basicsOf = (draft: StoredDraft, s: StoredAmendment, parent?: StoredAmendment) => {
  const a = s.amendment;
  const { before, targetLabel } = amendedWording(draft, s, parent);
  const basics = {
    id: a.id as string,
    number: s.number,
    action: a.action,
    status: a.status,
    target: (a.target as string | undefined) ?? null,
    targetLabel,
    after: (a.after as string | undefined) ?? null,
    kind: a.kind ?? null,
    text: a.text ?? null,
    language: a.language,
    justification: a.justification ?? null,
    version: s.version,
    changes: diffWords(before, a.action === "delete" ? "" : (a.text ?? ""), a.language),
  };
  return { basics, before };
};

/**
 * What every view of an amendment shows: its place in the draft and its word changes against the paragraph it
 * names, or, for a sub-amendment, against the tabled wording of the amendment it amends (`parent`).
 */
export const amendmentBasics = (draft: StoredDraft, s: StoredAmendment, parent?: StoredAmendment) => basicsOf(draft, s, parent).basics;

/**
 * The same for a list: the changes carry the inserted words and name the kept and deleted ones by their place in
 * the wording amended, which the reader has (the draft's paragraph or title, or the amended amendment in the list);
 * the amendment's wording is left out when it is the one its changes give.
 */
export const listedAmendmentBasics = (draft: StoredDraft, s: StoredAmendment, parent?: StoredAmendment) => {
  const { basics, before } = basicsOf(draft, s, parent);
  const { text, ...rest } = basics;
  const changes = compactChanges(basics.changes, before);
  return text !== null && applyChanges(basics.changes) === text ? { ...rest, changes } : { ...rest, text, changes };
};

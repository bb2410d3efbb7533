import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import { afterEditIn, multilingual, type MultilingualText } from "../multilingual.js";
import type { Amendment } from "./amendment.js";
import { checkAmendments } from "./amendment-check.js";
import { planConsolidation, type ConsolidationPlan, type InsertKey } from "./consolidation-plan.js";
import type { ConsolidatedParagraph, ConsolidatedSubParagraph, Consolidation } from "./consolidation.js";
import { diffWords, type Change } from "./diff.js";
import { locate, type DraftText } from "./draft-text.js";
import { labelAll, labelNumber, provisionalLabel, provisionalSubLabel } from "./labels.js";
import type { Paragraph, ParagraphKind } from "./paragraph.js";
import { insertedParagraphId, resolveSubAmendments } from "./sub-amendments.js";

export { insertedParagraphId } from "./sub-amendments.js";

export interface ConsolidateOptions {
  /** The language the tracked changes are computed in; the draft's original language by default. */
  readonly language?: Language;
}

type Draftable = Omit<ConsolidatedSubParagraph, "label">;

/** The language a draft was written in: its title's, else its first paragraph's. */
export const draftLanguage = (draft: DraftText): Language => draft.title?.original ?? draft.paragraphs[0]?.text.original ?? "en";

/**
 * Applies the adopted amendments (accepted, and accepted_as_revised with the revised wording) to a version
 * of a draft, sub-amendments first: the next version, tracked changes, merges, conflicts, provisional labels
 * and the renumbering map.
 */
export const consolidate = (draft: DraftText, tabled: readonly Amendment[], options: ConsolidateOptions = {}): Consolidation => {
  const at = locate(draft.paragraphs);
  const amendments = resolveSubAmendments(tabled, at);
  checkAmendments(draft, at, amendments);
  const language = options.language ?? draftLanguage(draft);
  const labels = labelAll(draft.paragraphs);
  const labelOf = (id: ParagraphId): string => labels.get(id) ?? id;
  const plan = planConsolidation(draft, at, amendments, labelOf);
  const shapedBy = (a: Amendment): AmendmentId[] => [
    a.id,
    ...(plan.mergedInto.get(a.id) ?? []),
    ...(plan.subAmended.get(a.id)?.subAmendments ?? []),
  ];
  const view = (text: MultilingualText): string => text.versions[language]?.text ?? "";

  const existing = (id: ParagraphId, text: MultilingualText): Draftable => {
    const a = plan.applied.get(id);
    const base = { id, previousLabel: labelOf(id) };
    if (!a)
      return { ...base, outcome: plan.conflictOn.has(id) ? "conflict" : "unchanged", text, changes: same(view(text)), amendments: [] };
    const shaped = a.amendments.flatMap(shapedBy);
    if (a.action === "delete") return { ...base, outcome: "deleted", text, changes: gone(view(text)), amendments: shaped };
    const next = afterEditIn(text, a.language, a.text);
    const changes = a.changes && a.language === language ? [...a.changes] : diffWords(view(text), view(next), language);
    return { ...base, outcome: "amended", text: next, changes, amendments: shaped };
  };
  const inserted = (a: Amendment, previousLabel: string): Draftable => {
    const text = multilingual(a.language, { [a.language]: plan.wordingOf(a) });
    return { id: insertedParagraphId(a.id), previousLabel, outcome: "inserted", text, changes: added(view(text)), amendments: shapedBy(a) };
  };
  const rows: Row[] = [];
  const addNew = (key: InsertKey, kind: ParagraphKind, number: number): void => {
    (plan.inserts.get(key) ?? []).forEach((a, n) => {
      rows.push({ ...inserted(a, provisionalLabel(kind, number, n + 1)), kind, subParagraphs: [] });
    });
  };
  addNew("^preambular", "preambular", 0);
  let operative = false;
  for (const p of draft.paragraphs) {
    if (p.kind === "operative" && !operative) {
      operative = true;
      addNew("^operative", "operative", 0);
    }
    const row = existing(p.id, p.text);
    const subs = p.subParagraphs.flatMap((s) => [
      row.outcome === "deleted" ? deletedWith(s.id, labelOf(s.id), s.text, view) : existing(s.id, s.text),
      ...(plan.inserts.get(s.id) ?? []).map((a, n) => inserted(a, provisionalSubLabel(labelOf(s.id), n + 1))),
    ]);
    rows.push({ ...row, kind: p.kind, subParagraphs: subs });
    addNew(p.id, p.kind, labelNumber(labelOf(p.id)));
  }
  if (!operative) addNew("^operative", "operative", 0);
  const title = draft.title ? existing("title" as ParagraphId, draft.title) : null;
  return finish(rows, title, plan, language);
};

type Row = Draftable & { kind: ParagraphKind; subParagraphs: Draftable[] };

const same = (text: string): Change[] => (text ? [{ op: "equal", text }] : []);
const gone = (text: string): Change[] => (text ? [{ op: "delete", text }] : []);
const added = (text: string): Change[] => (text ? [{ op: "insert", text }] : []);

const deletedWith = (id: ParagraphId, previousLabel: string, text: MultilingualText, view: (t: MultilingualText) => string): Draftable => ({
  id,
  previousLabel,
  outcome: "deleted",
  text,
  changes: gone(view(text)),
  amendments: [],
});

const finish = (rows: readonly Row[], title: Draftable | null, plan: ConsolidationPlan, language: Language): Consolidation => {
  const revisedParagraphs: Paragraph[] = rows
    .filter((r) => r.outcome !== "deleted")
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      subParagraphs: r.subParagraphs.filter((s) => s.outcome !== "deleted").map((s) => ({ id: s.id, text: s.text })),
    }));
  const labels = labelAll(revisedParagraphs);
  const renumbering: Record<string, string> = {};
  const withLabel = (r: Draftable): ConsolidatedSubParagraph => {
    const label = r.outcome === "deleted" ? null : (labels.get(r.id) ?? null);
    if (label !== null) renumbering[r.previousLabel] = label;
    return {
      id: r.id,
      label,
      previousLabel: r.previousLabel,
      outcome: r.outcome,
      text: r.text,
      changes: r.changes,
      amendments: r.amendments,
    };
  };
  const paragraphs: ConsolidatedParagraph[] = rows.map((r) => ({
    ...withLabel(r),
    kind: r.kind,
    subParagraphs: r.subParagraphs.map(withLabel),
  }));
  const titleResult = title ? { text: title.text, changes: title.changes, amendments: title.amendments } : null;
  return {
    language,
    title: titleResult,
    paragraphs,
    renumbering,
    conflicts: plan.conflicts,
    merges: plan.merges,
    subAmended: [...plan.subAmended.values()],
    revised: { title: titleResult?.text ?? null, paragraphs: revisedParagraphs },
  };
};

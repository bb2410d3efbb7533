import { DomainError } from "../errors.js";
import type { AmendmentId, ParagraphId } from "../ids.js";
import { isAdopted, type Amendment } from "./amendment.js";
import type { Conflict } from "./consolidation.js";
import type { DraftText, Location } from "./draft-text.js";
import type { ParagraphKind } from "./paragraph.js";

/** Where new paragraphs go: after an id, or first of their kind ("^preambular", "^operative"). */
export type InsertKey = ParagraphId | `^${ParagraphKind}`;

/** What a consolidation will do, decided before any text is touched. */
export interface ConsolidationPlan {
  /** The one adopted amendment per paragraph, sub-paragraph or "title" that is applied. */
  readonly applied: ReadonlyMap<ParagraphId | "title", Amendment>;
  readonly inserts: ReadonlyMap<InsertKey, readonly Amendment[]>;
  readonly conflicts: readonly Conflict[];
  /** A compromise amendment → the amendments merged into it. */
  readonly mergedInto: ReadonlyMap<AmendmentId, readonly AmendmentId[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const insertKey = (draft: DraftText, at: ReadonlyMap<string, Location>, a: Amendment, index: number): InsertKey => {
  const anchor = a.after ? at.get(a.after) : undefined;
  if (!a.after || !anchor) return `^${a.kind ?? "operative"}`;
  if (anchor.sub !== null) return a.after;
  const paragraph = draft.paragraphs[anchor.paragraph];
  const kind = a.kind ?? paragraph?.kind;
  if (kind === paragraph?.kind) return a.after;
  const next = draft.paragraphs[anchor.paragraph + 1];
  if (kind === "operative" && (!next || next.kind === "operative")) return "^operative";
  throw new DomainError("validation_failed", `Amendment ${a.id}: after puts a new ${kind} paragraph among ${paragraph?.kind} ones`, [
    { path: `amendments[${index}].after`, message: `a new ${kind} paragraph cannot follow ${a.after}` },
  ]);
};

/**
 * Sorts adopted amendments by what they touch: one per paragraph is applied, two or more are a conflict
 * (never last-write-wins), and deleting a paragraph conflicts with amending its sub-paragraphs.
 */
export const planConsolidation = (
  draft: DraftText,
  at: ReadonlyMap<string, Location>,
  amendments: readonly Amendment[],
  labelOf: (id: ParagraphId) => string,
): ConsolidationPlan => {
  const touching = new Map<ParagraphId | "title", Amendment[]>();
  const inserts = new Map<InsertKey, Amendment[]>();
  const mergedInto = new Map<AmendmentId, AmendmentId[]>();
  amendments.forEach((a, index) => {
    if (a.status === "merged" && a.mergedInto) push(mergedInto, a.mergedInto, a.id);
    if (!isAdopted(a)) return;
    if (a.action === "insert") push(inserts, insertKey(draft, at, a, index), a);
    else push(touching, a.action === "amend_title" ? "title" : (a.target as ParagraphId), a);
  });
  const conflicts: Conflict[] = [];
  const applied = new Map<ParagraphId | "title", Amendment>();
  const conflict = (target: ParagraphId | "title", list: readonly Amendment[]): void => {
    conflicts.push({ target, label: target === "title" ? "title" : labelOf(target), amendments: list.map((a) => a.id) });
  };
  for (const [target, list] of touching) {
    if (list.length > 1) conflict(target, list);
    else applied.set(target, list[0] as Amendment);
  }
  for (const [target, a] of [...applied]) {
    const paragraph = target === "title" ? undefined : at.get(target);
    if (a.action !== "delete" || !paragraph || paragraph.sub !== null) continue;
    const subs = (draft.paragraphs[paragraph.paragraph]?.subParagraphs ?? []).flatMap((s) => applied.get(s.id) ?? []);
    if (subs.length === 0) continue;
    for (const s of subs) applied.delete(s.target as ParagraphId);
    applied.delete(target);
    conflict(target, [a, ...subs]);
  }
  return { applied, inserts, conflicts, mergedInto };
};

import { DomainError } from "../errors.js";
import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import { isAdopted, type Amendment } from "./amendment.js";
import type { Conflict, ConflictDispute, Merge } from "./consolidation.js";
import type { DraftText, Location } from "./draft-text.js";
import { insertChains } from "./insert-chains.js";
import { resolveTarget, type Applied } from "./paragraph-merge.js";
import type { ParagraphKind } from "./paragraph.js";
import { insertedParagraphId, subAmend, type SubAmended, type SubAmending } from "./sub-amendments.js";
import { wholeDispute } from "./word-merge.js";

/** Where new paragraphs go: after an id, or first of their kind ("^preambular", "^operative"). */
export type InsertKey = ParagraphId | `^${ParagraphKind}`;

type Target = ParagraphId | "title";

/** What a consolidation will do, decided before any text is touched. */
export interface ConsolidationPlan {
  /** What the adopted amendments do to each paragraph, sub-paragraph or "title" they change without conflict. */
  readonly applied: ReadonlyMap<Target, Applied>;
  readonly inserts: ReadonlyMap<InsertKey, readonly Amendment[]>;
  readonly conflicts: readonly Conflict[];
  /** The conflicts indexed by what they block. */
  readonly conflictOn: ReadonlyMap<Target, Conflict>;
  readonly merges: readonly Merge[];
  /** A compromise amendment → the amendments merged into it. */
  readonly mergedInto: ReadonlyMap<AmendmentId, readonly AmendmentId[]>;
  /** The wording an adopted amendment brings, its adopted sub-amendments applied. */
  readonly wordingOf: (a: Amendment) => string;
  readonly subAmended: ReadonlyMap<AmendmentId, SubAmended>;
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

const textIn = (draft: DraftText, at: ReadonlyMap<string, Location>, target: Target, language: Language): string => {
  if (target === "title") return draft.title?.versions[language]?.text ?? "";
  const loc = at.get(target);
  const paragraph = loc ? draft.paragraphs[loc.paragraph] : undefined;
  const text = loc?.sub === null ? paragraph?.text : paragraph?.subParagraphs[loc?.sub ?? -1]?.text;
  return text?.versions[language]?.text ?? "";
};

/** Adopted sub-amendments of an amendment that collide block it: its paragraph waits for a compromise. */
const collisionDisputes = (sub: SubAmending, list: readonly Amendment[], target: Target): ConflictDispute[] =>
  list.flatMap((a) => sub.collisions.get(a.id)?.disputes.map((d) => ({ ...d, target, within: a.id })) ?? []);

const withSubs = (sub: SubAmending, list: readonly Amendment[]): AmendmentId[] =>
  list.flatMap((a) => [a.id, ...(sub.collisions.get(a.id)?.subAmendments ?? sub.subAmended.get(a.id)?.subAmendments ?? [])]);

/**
 * Sorts adopted amendments by what they touch: one per paragraph applies, several that change different words
 * are merged, several whose changes touch or overlap are a conflict (never last-write-wins); deleting a
 * paragraph conflicts with amending its sub-paragraphs; sub-amendments are applied to their amendment first.
 */
export const planConsolidation = (
  draft: DraftText,
  at: ReadonlyMap<string, Location>,
  amendments: readonly Amendment[],
  labelOf: (id: ParagraphId) => string,
): ConsolidationPlan => {
  const sub = subAmend(amendments);
  const chains = insertChains(amendments, at);
  const touching = new Map<Target, Amendment[]>();
  const inserts = new Map<InsertKey, Amendment[]>();
  const mergedInto = new Map<AmendmentId, AmendmentId[]>();
  const conflicts: Conflict[] = [];
  const conflictOn = new Map<Target, Conflict>();
  const conflict = (target: Target, label: string, ids: readonly AmendmentId[], disputes: readonly ConflictDispute[]): void => {
    const c: Conflict = { target, label, amendments: ids, disputes };
    conflicts.push(c);
    conflictOn.set(target, c);
  };
  amendments.forEach((a, index) => {
    if (a.status === "merged" && a.mergedInto) push(mergedInto, a.mergedInto, a.id);
    if (!isAdopted(a) || a.parent) return;
    if (a.action !== "insert") push(touching, a.action === "amend_title" ? "title" : (a.target as ParagraphId), a);
    else if (sub.collisions.has(a.id)) {
      const target = insertedParagraphId(a.id);
      conflict(target, `new paragraph proposed by ${a.id}`, withSubs(sub, [a]), collisionDisputes(sub, [a], target));
    } else if (sub.subAmended.get(a.id)?.wording !== "") push(inserts, insertKey(draft, at, chains.rootOf(a), index), a);
  });
  const labelFor = (target: Target): string => (target === "title" ? "title" : labelOf(target));
  const applied = new Map<Target, Applied>();
  const merges: Merge[] = [];
  for (const [target, list] of touching) {
    const blocked = collisionDisputes(sub, list, target);
    const resolution = blocked.length
      ? { disputes: blocked }
      : resolveTarget(target, (l) => textIn(draft, at, target, l), list, sub.wordingOf);
    if ("disputes" in resolution) conflict(target, labelFor(target), withSubs(sub, list), resolution.disputes);
    else applied.set(target, resolution.applied);
    if ("applied" in resolution && list.length > 1) merges.push({ target, label: labelFor(target), amendments: list.map((a) => a.id) });
  }
  for (const [target, a] of [...applied]) {
    const paragraph = target === "title" ? undefined : at.get(target);
    if (a.action !== "delete" || !paragraph || paragraph.sub !== null) continue;
    const subs = (draft.paragraphs[paragraph.paragraph]?.subParagraphs ?? []).flatMap((s) => (applied.has(s.id) ? [s.id] : []));
    if (subs.length === 0) continue;
    const disputes = [target, ...subs].map((t): ConflictDispute => {
      const onIt = t === target ? a.amendments : [...a.amendments, ...(applied.get(t)?.amendments ?? [])];
      const wording = (x: Amendment): string => (x.action === "delete" || t !== x.target ? "" : sub.wordingOf(x));
      return {
        ...wholeDispute(
          textIn(draft, at, t, a.language),
          a.language,
          onIt.map((x) => ({ amendment: x.id, text: wording(x) })),
        ),
        target: t,
      };
    });
    const ids = [...a.amendments, ...subs.flatMap((s) => applied.get(s)?.amendments ?? [])];
    for (const s of subs) applied.delete(s);
    applied.delete(target);
    conflict(target, labelFor(target), withSubs(sub, ids), disputes);
  }
  for (const [key, list] of inserts) inserts.set(key, chains.order(list));
  const stillApplied = merges.filter((m) => applied.has(m.target));
  return {
    applied,
    inserts,
    conflicts,
    conflictOn,
    merges: stillApplied,
    mergedInto,
    wordingOf: sub.wordingOf,
    subAmended: sub.subAmended,
  };
};

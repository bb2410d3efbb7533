import type { AmendmentId, ParagraphId } from "../ids.js";
import { isBeforeTheBody, type Amendment } from "./amendment.js";
import { checkAmendments } from "./amendment-check.js";
import { changedSpans, changedWords, spansOverlap, type ChangedSpan } from "./change-measure.js";
import { diffWords } from "./diff.js";
import { locate, type DraftText, type Location } from "./draft-text.js";
import { labelAll } from "./labels.js";
import type { MultilingualText } from "../multilingual.js";

/** The order in which the amendments to one paragraph are put to the vote, and what falls with each adoption. */
export interface VotingOrder {
  /** The paragraph, sub-paragraph or "title" amended, or "after:ID" / "first:KIND" for new paragraphs. */
  readonly target: string;
  readonly label: string;
  readonly order: readonly AmendmentId[];
  /** For each amendment: the later ones that are no longer put to the vote if it is adopted. */
  readonly falls: Readonly<Record<string, readonly AmendmentId[]>>;
}

interface Measured {
  readonly amendment: Amendment;
  readonly position: number;
  readonly size: number;
  readonly spans: readonly ChangedSpan[];
}

const targetOf = (a: Amendment): string =>
  a.action === "insert" ? (a.after ? `after:${a.after}` : `first:${a.kind ?? "operative"}`) : a.action === "amend_title" ? "title" : (a.target as string);

const originalText = (draft: DraftText, at: ReadonlyMap<string, Location>, a: Amendment): MultilingualText | null => {
  if (a.action === "amend_title") return draft.title;
  const loc = a.target ? at.get(a.target) : undefined;
  const paragraph = loc ? draft.paragraphs[loc.paragraph] : undefined;
  if (!loc || !paragraph) return null;
  return loc.sub === null ? paragraph.text : (paragraph.subParagraphs[loc.sub]?.text ?? null);
};

const measure = (draft: DraftText, at: ReadonlyMap<string, Location>, a: Amendment, position: number): Measured => {
  const before = originalText(draft, at, a)?.versions[a.language]?.text ?? "";
  const after = a.action === "delete" ? "" : (a.text ?? "");
  if (a.action === "delete") return { amendment: a, position, size: 0, spans: [{ start: 0, end: before.length }] };
  const changes = a.action === "insert" ? [{ op: "insert" as const, text: after }] : diffWords(before, after, a.language);
  return { amendment: a, position, size: changedWords(changes, a.language), spans: changedSpans(changes) };
};

/**
 * Adopting `first` makes `later` fall when `first` deletes the paragraph, or when both rewrite a common
 * stretch of the original (their changed spans touch or overlap, or they are written in different
 * languages and cannot be compared). New paragraphs never make each other fall.
 */
const makesFall = (first: Measured, later: Measured): boolean => {
  if (first.amendment.action === "insert" || later.amendment.action === "insert") return false;
  if (first.amendment.action === "delete" || later.amendment.action === "delete") return true;
  if (first.amendment.language !== later.amendment.language) return true;
  return spansOverlap(first.spans, later.spans);
};

/** Deletion first, then the amendment furthest from the original (most words changed), then as submitted. */
const furthestFirst = (x: Measured, y: Measured): number =>
  Number(y.amendment.action === "delete") - Number(x.amendment.action === "delete") || y.size - x.size || x.position - y.position;

/**
 * The voting order for every paragraph that has amendments before the body (submitted or decided, not
 * withdrawn or merged): the one furthest removed from the original first, and what each adoption makes fall.
 */
export const votingOrder = (draft: DraftText, amendments: readonly Amendment[]): VotingOrder[] => {
  const at = locate(draft.paragraphs);
  checkAmendments(draft, at, amendments);
  const labels = labelAll(draft.paragraphs);
  const groups = new Map<string, Measured[]>();
  amendments.forEach((a, position) => {
    if (!isBeforeTheBody(a)) return;
    const key = targetOf(a);
    const list = groups.get(key) ?? [];
    list.push(measure(draft, at, a, position));
    groups.set(key, list);
  });
  const orders: VotingOrder[] = [];
  for (const [target, list] of groups) {
    const sorted = [...list].sort(furthestFirst);
    const falls: Record<string, AmendmentId[]> = {};
    sorted.forEach((m, i) => {
      falls[m.amendment.id] = sorted.slice(i + 1).filter((later) => makesFall(m, later)).map((l) => l.amendment.id);
    });
    orders.push({ target, label: labelFor(target, labels), order: sorted.map((m) => m.amendment.id), falls });
  }
  const rank = positionRank(draft, at);
  return orders.sort((x, y) => rank(x.target) - rank(y.target));
};

/** Sorts targets in reading order: title, then paragraphs, each followed by the new paragraphs after it. */
const positionRank = (draft: DraftText, at: ReadonlyMap<string, Location>): ((target: string) => number) => {
  const firstOperative = draft.paragraphs.findIndex((p) => p.kind === "operative");
  const of = (id: string): number => {
    const loc = at.get(id);
    return loc ? loc.paragraph * 1000 + (loc.sub ?? -1) + 1 : 0;
  };
  return (target) => {
    if (target === "title") return -2000;
    if (target === "first:preambular") return -1000;
    if (target === "first:operative") return (firstOperative < 0 ? draft.paragraphs.length : firstOperative) * 1000 - 1;
    if (target.startsWith("after:")) return of(target.slice(6)) + 0.5;
    return of(target);
  };
};

const labelFor = (target: string, labels: ReadonlyMap<ParagraphId, string>): string => {
  if (target.startsWith("after:")) return `new paragraph after ${labels.get(target.slice(6) as ParagraphId) ?? target.slice(6)}`;
  if (target.startsWith("first:")) return `new first ${target.slice(6)} paragraph`;
  return labels.get(target as ParagraphId) ?? target;
};

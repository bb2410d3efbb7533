import type { AmendmentId } from "../ids.js";
import type { MultilingualText } from "../multilingual.js";
import { isBeforeTheBody, type Amendment } from "./amendment.js";
import { checkAmendments } from "./amendment-check.js";
import { changedWords } from "./change-measure.js";
import { diffWords } from "./diff.js";
import { locate, type DraftText, type Location } from "./draft-text.js";
import { insertChains } from "./insert-chains.js";
import { labelAll } from "./labels.js";
import { placeLabel } from "./place-label.js";
import { resolveSubAmendments } from "./sub-amendments.js";
import { fallsInOrder, type Ranked } from "./voting-falls.js";
import { editsOf, reachOf } from "./word-merge.js";

/** The order in which the amendments to one paragraph are put to the vote, and what falls with each adoption. */
export interface VotingOrder {
  /** The paragraph, sub-paragraph or "title" amended, or "after:ID" / "first:KIND" for new paragraphs. */
  readonly target: string;
  readonly label: string;
  /** Each sub-amendment comes just before the amendment it amends. */
  readonly order: readonly AmendmentId[];
  /** For each amendment: the later ones that are no longer put to the vote if it is adopted. */
  readonly falls: Readonly<Record<string, readonly AmendmentId[]>>;
  /** Each sub-amendment of the order → the amendment it amends. */
  readonly amends: Readonly<Record<string, AmendmentId>>;
}

interface Measured extends Ranked {
  readonly amendment: Amendment;
  readonly position: number;
  readonly size: number;
}

const targetOf = (a: Amendment): string =>
  a.action === "insert"
    ? a.after
      ? `after:${a.after}`
      : `first:${a.kind ?? "operative"}`
    : a.action === "amend_title"
      ? "title"
      : (a.target as string);

const originalText = (draft: DraftText, at: ReadonlyMap<string, Location>, a: Amendment): MultilingualText | null => {
  if (a.action === "amend_title") return draft.title;
  const loc = a.target ? at.get(a.target) : undefined;
  const paragraph = loc ? draft.paragraphs[loc.paragraph] : undefined;
  if (!loc || !paragraph) return null;
  return loc.sub === null ? paragraph.text : (paragraph.subParagraphs[loc.sub]?.text ?? null);
};

/** How far an amendment moves from `before` (a paragraph's text, or the wording a sub-amendment amends). */
const measure = (before: string, a: Amendment, position: number): Measured => {
  const base = { amendment: a, position, action: a.action, language: a.language };
  if (a.action === "delete") return { ...base, size: 0, reaches: [{ from: 0, to: before.length }] };
  const after = a.text ?? "";
  const changes = a.action === "insert" ? [{ op: "insert" as const, text: after }] : diffWords(before, after, a.language);
  return { ...base, size: changedWords(changes, a.language), reaches: editsOf(changes).map((e) => reachOf(before, e)) };
};

/** Deletion first, then the amendment furthest from the original (most words changed), then as submitted. */
const furthestFirst = (x: Measured, y: Measured): number =>
  Number(y.amendment.action === "delete") - Number(x.amendment.action === "delete") || y.size - x.size || x.position - y.position;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * One place's order: its amendments furthest first, each preceded by its own sub-amendments (furthest from
 * the tabled wording first). What an adoption makes fall takes the sub-amendments of what falls with it.
 */
const orderPlace = (target: string, label: string, list: Measured[], subs: ReadonlyMap<AmendmentId, Measured[]>): VotingOrder => {
  const sorted = list.sort(furthestFirst);
  const subsOf = sorted.map((m) => (subs.get(m.amendment.id) ?? []).sort(furthestFirst));
  const mainFalls = fallsInOrder(sorted);
  const order: AmendmentId[] = [];
  const falls: Record<string, AmendmentId[]> = {};
  const amends: Record<string, AmendmentId> = {};
  sorted.forEach((m, i) => {
    const own = subsOf[i] as Measured[];
    const ownFalls = fallsInOrder(own);
    own.forEach((s, j) => {
      order.push(s.amendment.id);
      amends[s.amendment.id] = m.amendment.id;
      falls[s.amendment.id] = (ownFalls[j] as number[]).map((k) => (own[k] as Measured).amendment.id);
    });
    order.push(m.amendment.id);
    falls[m.amendment.id] = (mainFalls[i] as number[]).flatMap((k) =>
      [...(subsOf[k] as Measured[]), sorted[k] as Measured].map((x) => x.amendment.id),
    );
  });
  return { target, label, order, falls, amends };
};

/**
 * The voting order for every paragraph that has amendments before the body (submitted or decided, not
 * withdrawn or merged): the one furthest removed from the original first, each sub-amendment just before
 * the amendment it amends, and what each adoption makes fall. Sorted once per paragraph, never pairwise.
 */
export const votingOrder = (draft: DraftText, tabled: readonly Amendment[]): VotingOrder[] => {
  const at = locate(draft.paragraphs);
  const amendments = resolveSubAmendments(tabled, at);
  checkAmendments(draft, at, amendments);
  const labels = labelAll(draft.paragraphs);
  const byId = new Map(amendments.map((a) => [a.id, a]));
  const chains = insertChains(amendments, at);
  const groups = new Map<string, Measured[]>();
  const subs = new Map<AmendmentId, Measured[]>();
  amendments.forEach((a, position) => {
    if (!isBeforeTheBody(a)) return;
    if (!a.parent) {
      push(groups, targetOf(chains.rootOf(a)), measure(originalText(draft, at, a)?.versions[a.language]?.text ?? "", a, position));
      return;
    }
    const parent = byId.get(a.parent);
    if (parent && isBeforeTheBody(parent)) push(subs, parent.id, measure(parent.text ?? "", a, position));
  });
  const orders = [...groups].map(([target, list]) => orderPlace(target, placeLabel(target, labels), list, subs));
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

import type { AmendmentId } from "../ids.js";
import type { Language } from "../language.js";
import { diffWords, type Change } from "./diff.js";

/** One change to a base text: the characters [start, end) replaced by `text` (start === end for an insertion). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The wording one amendment proposes, for a whole text or for a disputed stretch of it. */
export interface Wording {
  readonly amendment: AmendmentId;
  readonly text: string;
}

/** A stretch of the base text that two or more amendments change in ways that touch or overlap. */
export interface Dispute {
  /** Characters [start, end) of the base text in dispute, in `language`. */
  readonly start: number;
  readonly end: number;
  readonly language: Language;
  /** The base words in dispute. */
  readonly original: string;
  /** Each amendment's wording for exactly that stretch. */
  readonly wordings: readonly Wording[];
}

/** Either every wording merged into one text (with its tracked changes), or the stretches in dispute (and nothing applied). */
export type MergeResult =
  | { readonly merged: true; readonly text: string; readonly changes: readonly Change[] }
  | { readonly merged: false; readonly disputes: readonly Dispute[] };

/** The edits a word diff makes to its old text, in order; a deletion and the insertion next to it are one edit. */
export const editsOf = (changes: readonly Change[]): Edit[] => {
  const edits: Edit[] = [];
  let at = 0;
  let open: { start: number; end: number; text: string } | null = null;
  for (const c of changes) {
    if (c.op === "equal") {
      if (open) edits.push(open);
      open = null;
      at += c.text.length;
      continue;
    }
    open ??= { start: at, end: at, text: "" };
    if (c.op === "delete") {
      at += c.text.length;
      open.end = at;
    } else open.text += c.text;
  }
  if (open) edits.push(open);
  return edits;
};

/** Applies edits sorted by position, none overlapping, to the stretch [from, to) of a base text. */
const applyEdits = (base: string, edits: readonly Edit[], from = 0, to = base.length): string => {
  let out = "";
  let at = from;
  for (const e of edits) {
    out += base.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + base.slice(at, to);
};

/** A stretch of a base text an edit reaches: its characters and the spaces on either side. */
export interface Reach {
  readonly from: number;
  readonly to: number;
}

const SPACE = /\s/u;

const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && SPACE.test(text[i] as string);
};

/**
 * The edit widened over the spaces around it, so that where a diff puts a space does not matter: two edits
 * touch when their reaches meet, that is when nothing but spaces separates them.
 */
export const reachOf = (base: string, edit: Edit): Reach => {
  let from = edit.start;
  while (from > 0 && isSpace(base, from - 1)) from--;
  let to = edit.end;
  while (to < base.length && isSpace(base, to)) to++;
  return { from, to };
};

/** Edits sorted by position, none overlapping, as tracked changes of the base text. */
export const changesOf = (base: string, edits: readonly Edit[]): Change[] => {
  const changes: Change[] = [];
  const push = (op: Change["op"], text: string): void => {
    if (text) changes.push({ op, text });
  };
  let at = 0;
  for (const e of edits) {
    push("equal", base.slice(at, e.start));
    push("delete", base.slice(e.start, e.end));
    push("insert", e.text);
    at = e.end;
  }
  push("equal", base.slice(at));
  return changes;
};

interface Owned extends Edit, Reach {
  readonly owner: number;
}

/** Edits whose reaches touch or overlap chain into one cluster: sorted once, swept once. */
const clusters = (edits: Owned[]): Owned[][] => {
  edits.sort((x, y) => x.from - y.from || x.to - y.to || x.owner - y.owner);
  const out: Owned[][] = [];
  let to = -1;
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.from <= to) {
      last.push(e);
      to = Math.max(to, e.to);
    } else {
      out.push([e]);
      to = e.to;
    }
  }
  return out;
};

const disputeOf = (base: string, cluster: readonly Owned[], wordings: readonly Wording[], language: Language): Dispute => {
  const start = Math.min(...cluster.map((e) => e.start));
  const end = Math.max(...cluster.map((e) => e.end));
  const owners = [...new Set(cluster.map((e) => e.owner))].sort((x, y) => x - y);
  return {
    start,
    end,
    language,
    original: base.slice(start, end),
    wordings: owners.map((o) => ({
      amendment: (wordings[o] as Wording).amendment,
      text: applyEdits(
        base,
        cluster.filter((e) => e.owner === o),
        start,
        end,
      ),
    })),
  };
};

/**
 * Word-level three-way merge: each wording is diffed against the base, the edits are sorted once and swept;
 * edits of different amendments that overlap or touch (only spaces between) are disputes, otherwise all apply.
 */
export const mergeWordings = (base: string, wordings: readonly Wording[], language: Language): MergeResult => {
  const editsFor = (text: string): Edit[] =>
    text === "" ? (base === "" ? [] : [{ start: 0, end: base.length, text }]) : editsOf(diffWords(base, text, language));
  const edits: Owned[] = [];
  wordings.forEach((w, owner) => {
    for (const e of editsFor(w.text)) {
      const { from, to } = reachOf(base, e);
      edits.push({ start: e.start, end: e.end, text: e.text, from, to, owner });
    }
  });
  const disputes: Dispute[] = [];
  const accepted: Owned[] = [];
  for (const cluster of clusters(edits)) {
    const first = cluster[0] as Owned;
    if (cluster.every((e) => e.owner === first.owner)) accepted.push(...cluster.sort((x, y) => x.start - y.start));
    else disputes.push(disputeOf(base, cluster, wordings, language));
  }
  return disputes.length
    ? { merged: false, disputes }
    : { merged: true, text: applyEdits(base, accepted), changes: changesOf(base, accepted) };
};

/** A dispute over a whole text: what a deletion or wordings in different languages leave to decide. */
export const wholeDispute = (base: string, language: Language, wordings: readonly Wording[]): Dispute => ({
  start: 0,
  end: base.length,
  language,
  original: base,
  wordings,
});

import type { Language } from "../language.js";
import { myersDiff } from "./myers.js";
import { safeCutAfter, safeCutBefore, tokenize, type Token } from "./segment.js";

/** What a run of a word diff does: keep words, insert them or delete them. */
export const CHANGE_OPS = ["equal", "insert", "delete"] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** One run of a word diff; the equal and insert runs give the new text, the equal and delete runs the old. */
export interface Change {
  readonly op: ChangeOp;
  readonly text: string;
}

interface Run {
  op: Change["op"];
  tokens: Token[];
}

const commonPrefix = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
};

const commonSuffix = (a: string, b: string, max: number): number => {
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
};

const tokenRuns = (a: Token[], b: Token[]): Run[] => {
  const ids = new Map<string, number>();
  const intern = (tokens: Token[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      let id = ids.get(t.text);
      if (id === undefined) ids.set(t.text, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  return myersDiff(intern(a), intern(b)).map((r) => ({
    op: r.op,
    tokens: (r.op === "insert" ? b : a).slice(r.start, r.start + r.length),
  }));
};

const textOf = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join("");
const wordsIn = (tokens: readonly Token[]): number => tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0);

interface Group {
  equal: Token[] | null;
  deleted: Token[];
  inserted: Token[];
}

/** Folds runs into alternating equal / change groups, so that a change is one deletion and one insertion. */
const group = (runs: Run[]): Group[] => {
  const groups: Group[] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (run.op === "equal") groups.push({ equal: run.tokens, deleted: [], inserted: [] });
    else if (last && last.equal === null) (run.op === "delete" ? last.deleted : last.inserted).push(...run.tokens);
    else groups.push({ equal: null, deleted: run.op === "delete" ? run.tokens : [], inserted: run.op === "insert" ? run.tokens : [] });
  }
  return groups;
};

/**
 * Joins an equal stretch into the changes around it when it holds no word (spaces, punctuation), or a
 * single word between two changes of several words each, so that tracked changes read as whole phrases.
 */
const absorbable = (equal: Token[], before: Group, after: Group): boolean => {
  const words = wordsIn(equal);
  if (words === 0) return true;
  const size = (g: Group): number => Math.max(wordsIn(g.deleted), wordsIn(g.inserted));
  return words === 1 && size(before) >= 2 && size(after) >= 2;
};

const cleanUp = (groups: Group[]): Group[] => {
  const out: Group[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as Group;
    const prev = out[out.length - 1];
    const next = groups[i + 1];
    if (g.equal && prev && prev.equal === null && next && next.equal === null && absorbable(g.equal, prev, next)) {
      prev.deleted.push(...g.equal, ...next.deleted);
      prev.inserted.push(...g.equal, ...next.inserted);
      i++;
    } else if (g.equal === null && prev && prev.equal === null) {
      prev.deleted.push(...g.deleted);
      prev.inserted.push(...g.inserted);
    } else out.push({ equal: g.equal, deleted: [...g.deleted], inserted: [...g.inserted] });
  }
  return out;
};

const toChanges = (head: string, groups: Group[], tail: string): Change[] => {
  const changes: Change[] = [];
  const push = (op: Change["op"], text: string): void => {
    if (text === "") return;
    const last = changes[changes.length - 1];
    if (last && last.op === op) changes[changes.length - 1] = { op, text: last.text + text };
    else changes.push({ op, text });
  };
  push("equal", head);
  for (const g of groups) {
    if (g.equal) push("equal", textOf(g.equal));
    else {
      push("delete", textOf(g.deleted));
      push("insert", textOf(g.inserted));
    }
  }
  push("equal", tail);
  return changes;
};

/**
 * Word-level difference between two texts in any script: tokens come from Intl.Segmenter, runs are whole
 * words, and a deletion always precedes the insertion that replaces it.
 */
export const diffWords = (before: string, after: string, language: Language | string): Change[] => {
  if (before === after) return before === "" ? [] : [{ op: "equal", text: before }];
  // Every screen of a draft diffs the same amendments against the same paragraphs: each pair is diffed once.
  // Keyed by language, old text, new text in turn: the texts are their own keys, hashed once per string.
  const known = diffMemo.get(language)?.get(before)?.get(after);
  if (known) return [...known];
  const changes = diffAnew(before, after, language);
  if (diffsKept >= DIFF_MEMO_LIMIT) forgetDiffs();
  let byBefore = diffMemo.get(language);
  if (!byBefore) diffMemo.set(language, (byBefore = new Map()));
  let byAfter = byBefore.get(before);
  if (!byAfter) byBefore.set(before, (byAfter = new Map()));
  byAfter.set(after, changes);
  diffsKept++;
  return [...changes];
};

const diffMemo = new Map<string, Map<string, Map<string, readonly Change[]>>>();
let diffsKept = 0;
const DIFF_MEMO_LIMIT = 20_000;

/** Forgets the diffs already made, so that a measurement of the text engine counts every diff. */
export const forgetDiffs = (): void => {
  diffMemo.clear();
  diffsKept = 0;
};

const diffAnew = (before: string, after: string, language: Language | string): Change[] => {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  const start = safeCutBefore(before, prefix);
  const endBefore = safeCutAfter(before, before.length - suffix + 1);
  const endAfter = endBefore - before.length + after.length;
  const runs = tokenRuns(tokenize(before.slice(start, endBefore), language), tokenize(after.slice(start, endAfter), language));
  return toChanges(before.slice(0, start), cleanUp(group(runs)), before.slice(endBefore));
};

/** The new text a diff leads to. */
export const applyChanges = (changes: readonly Change[]): string =>
  changes
    .filter((c) => c.op !== "delete")
    .map((c) => c.text)
    .join("");

/** The old text a diff starts from. */
export const originalOf = (changes: readonly Change[]): string =>
  changes
    .filter((c) => c.op !== "insert")
    .map((c) => c.text)
    .join("");

/** The same change seen backwards: what turns the new text into the old one. */
export const invertChanges = (changes: readonly Change[]): Change[] => {
  const out: Change[] = [];
  for (const c of changes) {
    if (c.op === "equal") out.push(c);
    else if (c.op === "delete") out.push({ op: "insert", text: c.text });
    else {
      const last = out[out.length - 1];
      if (last?.op === "insert") out.splice(out.length - 1, 0, { op: "delete", text: c.text });
      else out.push({ op: "delete", text: c.text });
    }
  }
  return out;
};

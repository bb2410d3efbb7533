import type { ChangeOp } from "./diff.js";
/** One run of a word diff with its text: the equal and insert runs give the new wording, the equal and delete runs the old. */
export interface ChangeText {
  readonly op: ChangeOp;
  readonly text: string;
}

/**
 * One run of a word change against the wording it amends. Inserted words come with their text; kept and deleted
 * words either with their text too or, in lists, by their place in that wording (`from`, in UTF-16 code units) and
 * their `length`, which the reader takes from the wording it already has.
 */
export type ChangeRun = ChangeText | { readonly op: "equal" | "delete"; readonly from: number; readonly length: number };

/**
 * CHANGES with their kept and deleted runs named by place in BASE, the wording they start from; the runs as
 * they are when BASE is not exactly that wording.
 */
export const compactChanges = (changes: readonly ChangeText[], base: string): ChangeRun[] => {
  const out: ChangeRun[] = [];
  let at = 0;
  for (const c of changes) {
    if (c.op === "insert") out.push(c);
    else if (base.startsWith(c.text, at)) {
      out.push({ op: c.op, from: at, length: c.text.length });
      at += c.text.length;
    } else return [...changes];
  }
  return at === base.length ? out : [...changes];
};

/** The runs of a change with their text again, the kept and deleted words read from BASE, the wording it amends. */
export const expandChanges = (changes: readonly ChangeRun[], base: string): ChangeText[] =>
  changes.map((c) => ("text" in c ? c : { op: c.op, text: base.slice(c.from, c.from + c.length) }));

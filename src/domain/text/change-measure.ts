import type { Language } from "../language.js";
import type { Change } from "./diff.js";
import { countWords } from "./segment.js";

/** A stretch of the original text that a change touches: [start, end] in characters, end === start for a pure insertion. */
export interface ChangedSpan {
  readonly start: number;
  readonly end: number;
}

/** How far a change moves away from the original: the words it deletes plus the words it inserts. */
export const changedWords = (changes: readonly Change[], language: Language | string): number =>
  changes.reduce((n, c) => (c.op === "equal" ? n : n + countWords(c.text, language)), 0);

/** The stretches of the original text a diff deletes or inserts at, in order. */
export const changedSpans = (changes: readonly Change[]): ChangedSpan[] => {
  const spans: ChangedSpan[] = [];
  let at = 0;
  for (const c of changes) {
    if (c.op === "equal") {
      at += c.text.length;
      continue;
    }
    const end = c.op === "delete" ? at + c.text.length : at;
    const last = spans[spans.length - 1];
    if (last && last.end === at) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start: at, end });
    at = end;
  }
  return spans;
};

/** True when two sets of spans touch or overlap anywhere: the two changes cannot both be made as written. */
export const spansOverlap = (a: readonly ChangedSpan[], b: readonly ChangedSpan[]): boolean => {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as ChangedSpan;
    const y = b[j] as ChangedSpan;
    if (x.start <= y.end && y.start <= x.end) return true;
    if (x.end < y.end) i++;
    else j++;
  }
  return false;
};

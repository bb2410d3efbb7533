import type { Language } from "../language.js";
import type { AmendmentAction } from "./amendment.js";
import type { Reach } from "./word-merge.js";

/** An amendment in voting order, with the stretches of the original text it changes. */
export interface Ranked {
  readonly action: AmendmentAction;
  readonly language: Language;
  readonly reaches: readonly Reach[];
}

const pushPair = (falls: Set<number>[], i: number, j: number): void => {
  (falls[Math.min(i, j)] as Set<number>).add(Math.max(i, j));
};

/** Pairs of amendments in one language whose changes touch or overlap: reaches sorted once, swept once. */
const sweep = (items: readonly Ranked[], indices: readonly number[], falls: Set<number>[]): void => {
  const events = indices.flatMap((owner) => (items[owner] as Ranked).reaches.map((r) => ({ ...r, owner })));
  events.sort((x, y) => x.from - y.from || x.to - y.to);
  let active: typeof events = [];
  for (const e of events) {
    active = active.filter((a) => a.to >= e.from);
    for (const a of active) if (a.owner !== e.owner) pushPair(falls, a.owner, e.owner);
    active.push(e);
  }
};

/**
 * For each amendment in voting order, the later ones its adoption makes fall: everything after a deletion,
 * amendments in another language (they cannot be compared), and those whose changes touch or overlap its
 * own. New paragraphs never make each other fall. The work grows with the amendments and the pairs found.
 */
export const fallsInOrder = (items: readonly Ranked[]): number[][] => {
  const falls = items.map(() => new Set<number>());
  const byLanguage = new Map<Language, number[]>();
  const deletes: number[] = [];
  items.forEach((x, i) => {
    if (x.action === "insert") return;
    if (x.action === "delete") deletes.push(i);
    else {
      const list = byLanguage.get(x.language);
      if (list) list.push(i);
      else byLanguage.set(x.language, [i]);
    }
  });
  const amending = [...byLanguage.values()].flat().sort((x, y) => x - y);
  for (const d of deletes) {
    for (const j of [...deletes, ...amending]) if (j !== d) pushPair(falls, d, j);
  }
  if (byLanguage.size > 1) {
    for (const [language, own] of byLanguage) {
      for (const [other, theirs] of byLanguage)
        if (other !== language) for (const i of own) for (const j of theirs) if (j > i) pushPair(falls, i, j);
    }
  }
  for (const indices of byLanguage.values()) sweep(items, indices, falls);
  return falls.map((s) => [...s].sort((x, y) => x - y));
};

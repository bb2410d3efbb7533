import type { Amendment } from "./amendment.js";
import type { Location } from "./draft-text.js";
import { insertedParagraphId } from "./sub-amendments.js";

/** New paragraphs placed after a paragraph that another amendment proposes ("3ter" after "3bis"). */
export interface InsertChains {
  /** The first insert of a chain: its place is the whole chain's place. */
  readonly rootOf: (a: Amendment) => Amendment;
  /** Inserts at one place in order, each chained insert right after the one it follows. */
  readonly order: (list: readonly Amendment[]) => Amendment[];
}

/** Reads inserts whose `after` names a proposed paragraph (`new-…`) rather than a paragraph of the draft. */
export const insertChains = (amendments: readonly Amendment[], at: ReadonlyMap<string, Location>): InsertChains => {
  const proposing = new Map<string, Amendment>();
  for (const a of amendments) if (a.action === "insert") proposing.set(insertedParagraphId(a.id), a);
  const anchorOf = (a: Amendment): Amendment | undefined =>
    a.action === "insert" && a.after && !at.has(a.after) ? proposing.get(a.after) : undefined;
  const rootOf = (a: Amendment): Amendment => {
    let root = a;
    for (let n = 0, next = anchorOf(root); next && n < amendments.length; n++, next = anchorOf(root)) root = next;
    return root;
  };
  const order = (list: readonly Amendment[]): Amendment[] => {
    const here = new Set<string>(list.map((a) => a.id));
    const followers = new Map<string, Amendment[]>();
    const roots: Amendment[] = [];
    for (const a of list) {
      const anchor = anchorOf(a);
      const after = anchor && here.has(anchor.id) ? followers.get(anchor.id) : undefined;
      if (after) after.push(a);
      else if (anchor && here.has(anchor.id)) followers.set(anchor.id, [a]);
      else roots.push(a);
    }
    const out: Amendment[] = [];
    const seen = new Set<string>();
    const visit = (a: Amendment): void => {
      if (seen.has(a.id)) return;
      seen.add(a.id);
      out.push(a);
      for (const next of followers.get(a.id) ?? []) visit(next);
    };
    roots.forEach(visit);
    list.forEach(visit);
    return out;
  };
  return { rootOf, order };
};

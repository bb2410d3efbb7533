import type { AmendmentView, DraftView, ParagraphView } from "./types.js";

/**
 * The draft's amendments grouped once per place, so that each paragraph and each card receives only its own data
 * instead of searching the whole list: the title's amendments, each paragraph's (its sub-paragraphs' and the
 * insertions after it included), each followed by the sub-amendments that amend it.
 */
export interface AmendmentIndex {
  readonly title: readonly AmendmentView[];
  readonly byParagraph: ReadonlyMap<string, readonly AmendmentView[]>;
  /** The amendment's number by id, "?" for one not in the list. */
  readonly numberOf: (id: string | null) => number | string;
  /** The amendments another one may still be merged into (neither merged nor withdrawn). */
  readonly mergeable: readonly AmendmentView[];
  readonly count: number;
}

const NONE: readonly AmendmentView[] = [];

/** The paragraph (top level) each paragraph or sub-paragraph id belongs to. */
const owners = (paragraphs: readonly ParagraphView[]): Map<string, string> => {
  const owner = new Map<string, string>();
  for (const p of paragraphs) {
    owner.set(p.id, p.id);
    for (const s of p.subParagraphs) owner.set(s.id, p.id);
  }
  return owner;
};

export const indexAmendments = (draft: Pick<DraftView, "paragraphs">, amendments: readonly AmendmentView[]): AmendmentIndex => {
  const owner = owners(draft.paragraphs);
  const numbers = new Map<string, number>();
  const children = new Map<string, AmendmentView[]>();
  for (const a of amendments) {
    numbers.set(a.id, a.number);
    if (a.parent !== null) {
      const list = children.get(a.parent);
      if (list) list.push(a);
      else children.set(a.parent, [a]);
    }
  }
  const title: AmendmentView[] = [];
  const byParagraph = new Map<string, AmendmentView[]>();
  const place = (list: AmendmentView[], a: AmendmentView) => list.push(a, ...(children.get(a.id) ?? NONE));
  for (const a of amendments) {
    if (a.parent !== null) continue;
    if (a.action === "amend_title") {
      place(title, a);
      continue;
    }
    const at = a.target !== null ? owner.get(a.target) : a.action === "insert" && a.after !== null ? owner.get(a.after) : undefined;
    if (at === undefined) continue;
    const list = byParagraph.get(at);
    if (list) place(list, a);
    else {
      const created: AmendmentView[] = [];
      place(created, a);
      byParagraph.set(at, created);
    }
  }
  return {
    title,
    byParagraph,
    numberOf: (id) => (id === null ? "?" : (numbers.get(id) ?? "?")),
    mergeable: amendments.filter((a) => a.status !== "merged" && a.status !== "withdrawn"),
    count: amendments.length,
  };
};

/** The words of a search, lower-cased; empty when there is nothing to search for. */
export const searchTerms = (query: string): string[] =>
  query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((term) => term !== "");

/**
 * Whether an amendment answers every word of a search: a number (`12` or `#12`) finds the amendment with that number
 * and any text containing it; other words are looked for in the author, the co-sponsors, the place's label, the
 * wording and the justification.
 */
export const matchesSearch = (a: AmendmentView, terms: readonly string[], placeLabel: string): boolean => {
  if (terms.length === 0) return true;
  const haystack = [
    a.author ?? "",
    a.coSponsors.join(" "),
    placeLabel,
    a.targetLabel ?? "",
    a.text ?? "",
    a.revisedText ?? "",
    a.justification ?? "",
  ]
    .join("\n")
    .toLocaleLowerCase();
  return terms.every((term) => {
    const number = /^#?(\d+)$/.exec(term)?.[1];
    if (number !== undefined && String(a.number) === number) return true;
    return haystack.includes(term);
  });
};

export interface SearchResult {
  readonly title: readonly AmendmentView[];
  readonly byParagraph: ReadonlyMap<string, readonly AmendmentView[]>;
  readonly paragraphs: readonly ParagraphView[];
  /** How many amendments answer the search (all of them without one). */
  readonly matches: number;
}

/**
 * The places and amendments a search leaves: a paragraph whose label answers the search keeps all its amendments,
 * otherwise only the amendments that answer it (with the amendment a matching sub-amendment amends, for context).
 * `paragraphs` lists the paragraphs to show: all without a search, else those named or with an amendment left.
 */
export const filterIndex = (index: AmendmentIndex, paragraphs: readonly ParagraphView[], terms: readonly string[]): SearchResult => {
  if (terms.length === 0) return { title: index.title, byParagraph: index.byParagraph, paragraphs, matches: index.count };
  let matches = 0;
  const keep = (list: readonly AmendmentView[], label: string): AmendmentView[] => {
    const hits = new Set(list.filter((a) => matchesSearch(a, terms, label)).map((a) => a.id));
    matches += hits.size;
    const parents = new Set(list.filter((a) => hits.has(a.id) && a.parent !== null).map((a) => a.parent));
    return list.filter((a) => hits.has(a.id) || parents.has(a.id));
  };
  const title = keep(index.title, "");
  const byParagraph = new Map<string, readonly AmendmentView[]>();
  const shown: ParagraphView[] = [];
  for (const p of paragraphs) {
    const own = index.byParagraph.get(p.id) ?? NONE;
    const labels = [p.label, ...p.subParagraphs.map((s) => s.label)].map((l) => l.toLocaleLowerCase());
    if (terms.every((term) => labels.includes(term))) {
      matches += own.length;
      byParagraph.set(p.id, own);
      shown.push(p);
      continue;
    }
    const kept = keep(own, p.label);
    if (kept.length > 0) {
      byParagraph.set(p.id, kept);
      shown.push(p);
    }
  }
  return { title, byParagraph, paragraphs: shown, matches };
};

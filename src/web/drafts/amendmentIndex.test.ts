import { describe, expect, it } from "vitest";
import { filterIndex, indexAmendments, matchesSearch, searchTerms } from "./amendmentIndex.js";
import type { AmendmentView, ParagraphView } from "./types.js";

const paragraph = (id: string, label: string, subs: string[] = []): ParagraphView => ({
  id,
  label,
  kind: "operative",
  version: 1,
  text: { original: "en", versions: { en: { text: `Text of ${label}`, status: "final" } } },
  languages: [],
  revision: null,
  subParagraphs: subs.map((s, i) => ({
    id: s,
    label: `${label}(${"abc"[i]})`,
    letter: "abc"[i] ?? "a",
    text: { original: "en", versions: {} },
    languages: [],
    revision: null,
  })),
});

let counter = 0;
const amendment = (fields: Partial<AmendmentView>): AmendmentView => {
  counter += 1;
  return {
    id: `a${counter}`,
    number: counter,
    action: "amend",
    status: "submitted",
    target: null,
    targetLabel: null,
    after: null,
    kind: null,
    text: null,
    revisedText: null,
    mergedInto: null,
    parent: null,
    language: "en",
    author: null,
    paper: false,
    coSponsors: [],
    justification: null,
    provenance: null,
    createdAt: "2026-01-01T00:00:00Z",
    version: 1,
    changes: [],
    ...fields,
  };
};

const paragraphs = [paragraph("p1", "PP1"), paragraph("p2", "OP1", ["s1", "s2"]), paragraph("p3", "OP2")];

describe("indexAmendments", () => {
  it("groups each amendment under its paragraph once, sub-paragraphs and insertions after it included, each followed by its sub-amendments", () => {
    const onP1 = amendment({ target: "p1", targetLabel: "PP1", text: "Recalling its resolution", author: "Kenya" });
    const onSub = amendment({ target: "s2", targetLabel: "OP1(b)", author: "France" });
    const inserted = amendment({ action: "insert", after: "p2", kind: "operative", text: "New", author: "Chile" });
    const title = amendment({ action: "amend_title", text: "A new title" });
    const sub = amendment({ target: "p1", parent: onP1.id, author: "Japan" });
    const deleted = amendment({ action: "delete", target: "p3", status: "withdrawn" });
    const merged = amendment({ target: "p3", status: "merged" });
    const index = indexAmendments({ paragraphs }, [onP1, onSub, inserted, title, sub, deleted, merged]);
    expect(index.byParagraph.get("p1")?.map((a) => a.id)).toEqual([onP1.id, sub.id]);
    expect(index.byParagraph.get("p2")?.map((a) => a.id)).toEqual([onSub.id, inserted.id]);
    expect(index.byParagraph.get("p3")?.map((a) => a.id)).toEqual([deleted.id, merged.id]);
    expect(index.title.map((a) => a.id)).toEqual([title.id]);
    expect(index.numberOf(sub.id)).toBe(sub.number);
    expect(index.numberOf("unknown")).toBe("?");
    expect(index.numberOf(null)).toBe("?");
    expect(index.mergeable.map((a) => a.id)).toEqual([onP1.id, onSub.id, inserted.id, title.id, sub.id]);
    expect(index.count).toBe(7);
  });

  it("leaves out a sub-amendment whose amendment is not in the list", () => {
    const orphan = amendment({ target: "p1", parent: "gone" });
    expect(indexAmendments({ paragraphs }, [orphan]).byParagraph.size).toBe(0);
  });
});

describe("searching the amendments", () => {
  const kenya = amendment({ target: "p1", targetLabel: "PP1", text: "Recalling its resolution 2025", author: "Kenya" });
  const france = amendment({ target: "s1", targetLabel: "OP1(a)", text: "Urges States", author: "France", coSponsors: ["Chile"] });
  const japan = amendment({ target: "p1", parent: kenya.id, text: "Recalling", author: "Japan", justification: "Clarity" });
  const other = amendment({ target: "p3", targetLabel: "OP2", text: "Decides", author: "Mexico" });
  const all = [kenya, france, japan, other];
  const index = indexAmendments({ paragraphs }, all);
  const search = (query: string) => filterIndex(index, paragraphs, searchTerms(query));

  it("finds by number, with or without #, and by author, co-sponsor, label, wording and justification, every word required", () => {
    expect(matchesSearch(france, searchTerms(`#${france.number}`), "OP1")).toBe(true);
    expect(matchesSearch(france, searchTerms(String(france.number)), "OP1")).toBe(true);
    expect(matchesSearch(japan, searchTerms(String(france.number)), "PP1")).toBe(false);
    expect(matchesSearch(kenya, searchTerms("2025"), "PP1")).toBe(true);
    expect(matchesSearch(france, searchTerms("chile"), "OP1")).toBe(true);
    expect(matchesSearch(france, searchTerms("op1(a) urges"), "OP1")).toBe(true);
    expect(matchesSearch(france, searchTerms("urges kenya"), "OP1")).toBe(false);
    expect(matchesSearch(japan, searchTerms("CLARITY"), "PP1")).toBe(true);
  });

  it("without a search keeps every paragraph and amendment", () => {
    const found = search("  ");
    expect(found.paragraphs).toBe(paragraphs);
    expect(found.byParagraph).toBe(index.byParagraph);
    expect(found.matches).toBe(4);
  });

  it("keeps only the paragraphs with an amendment that answers, and a matching sub-amendment with the amendment it amends", () => {
    const found = search("japan");
    expect(found.paragraphs.map((p) => p.id)).toEqual(["p1"]);
    expect(found.byParagraph.get("p1")?.map((a) => a.id)).toEqual([kenya.id, japan.id]);
    expect(found.matches).toBe(1);
  });

  it("a paragraph's label keeps the paragraph whole, even without amendments", () => {
    expect(
      search("op2")
        .byParagraph.get("p3")
        ?.map((a) => a.id),
    ).toEqual([other.id]);
    const found = search("OP1(b)");
    expect(found.paragraphs.map((p) => p.id)).toEqual(["p2"]);
    expect(found.matches).toBe(1);
  });

  it("finds nothing for words no amendment has", () => {
    const found = search("nowhere");
    expect(found.paragraphs).toEqual([]);
    expect(found.matches).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { searchTerms } from "../drafts/amendmentIndex.js";
import type { AmendmentView } from "../drafts/types.js";
import { filterPlaces, type CompiledPlace } from "./compilationSearch.js";

const view = (id: string, number: number, author: string, text: string): AmendmentView => ({
  id,
  number,
  action: "amend",
  status: "submitted",
  target: "p1",
  targetLabel: null,
  after: null,
  kind: null,
  text,
  revisedText: null,
  mergedInto: null,
  parent: null,
  language: "en",
  author,
  paper: false,
  coSponsors: [],
  justification: null,
  provenance: null,
  createdAt: "2026-01-01T00:00:00Z",
  version: 1,
  changes: [],
});

const views = [view("a", 1, "Kenya", "Urges all States"), view("b", 2, "France", "Urges all States"), view("c", 3, "Chile", "Invites")];
const byId = new Map(views.map((v) => [v.id, v]));
const wording = (ids: string[], text: string) => ({
  action: "amend" as const,
  text,
  language: "en" as const,
  amends: null,
  authors: ids.map((id) => byId.get(id)!.author!),
  amendments: ids.map((id) => ({ id, number: byId.get(id)!.number, author: byId.get(id)!.author, status: "submitted" as const })),
});
const places: CompiledPlace[] = [
  { target: "p1", label: "OP1", wordings: [wording(["a", "b"], "Urges all States"), wording(["c"], "Invites")] },
  { target: "p2", label: "OP2", wordings: [] },
];

describe("searching the compilation", () => {
  it("without a search keeps every place and counts every amendment", () => {
    const found = filterPlaces(places, byId, searchTerms(""));
    expect(found.places).toBe(places);
    expect(found.matches).toBe(3);
  });

  it("keeps the wordings with an amendment that answers, and counts the amendments that do", () => {
    const found = filterPlaces(places, byId, searchTerms("france"));
    expect(found.places.map((p) => p.target)).toEqual(["p1"]);
    expect(found.places[0]?.wordings.map((w) => w.text)).toEqual(["Urges all States"]);
    expect(found.matches).toBe(1);
    expect(filterPlaces(places, byId, searchTerms("#3")).places[0]?.wordings.map((w) => w.text)).toEqual(["Invites"]);
  });

  it("a place's label keeps it whole", () => {
    expect(filterPlaces(places, byId, searchTerms("op2")).places.map((p) => p.target)).toEqual(["p2"]);
    expect(filterPlaces(places, byId, searchTerms("OP1")).matches).toBe(3);
    expect(filterPlaces(places, byId, searchTerms("nobody")).places).toEqual([]);
  });
});

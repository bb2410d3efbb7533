import { describe, expect, it } from "vitest";
import { consolidate, insertedParagraphId } from "./consolidate.js";
import { amendment, draftOf, pid, subAmendment } from "./test-factories.js";
import { placeOf } from "./sub-amendments.js";
import { votingOrder } from "./voting-order.js";

const DRAFT = draftOf([
  ["preambular", "Recalling the Convention on the Rights of the Child,"],
  ["operative", "Calls upon parliaments to adopt legislation;"],
]);
const A1 = amendment("A1", {
  action: "amend",
  target: pid("p2"),
  text: "Calls upon parliaments to adopt comprehensive legislation without delay;",
});
const A1_ID = A1.id;

describe("sub-amendments in consolidation", () => {
  it("applies an adopted sub-amendment to its amendment's wording before the amendment is applied", () => {
    const result = consolidate(DRAFT, [A1, subAmendment("S1", "A1", "Calls upon parliaments to adopt comprehensive legislation by 2026;")]);
    expect(result.revised.paragraphs[1]?.text.versions.en?.text).toBe("Calls upon parliaments to adopt comprehensive legislation by 2026;");
    expect(result.paragraphs[1]?.amendments).toEqual(["A1", "S1"]);
    expect(result.subAmended).toEqual([
      {
        amendment: "A1",
        language: "en",
        tabled: A1.text,
        wording: "Calls upon parliaments to adopt comprehensive legislation by 2026;",
        subAmendments: ["S1"],
      },
    ]);
  });

  it("merges sub-amendments that change different words and disputes those that touch", () => {
    const merged = consolidate(DRAFT, [
      A1,
      subAmendment("S1", "A1", "Calls upon all parliaments to adopt comprehensive legislation without delay;"),
      subAmendment("S2", "A1", "Calls upon parliaments to adopt comprehensive legislation by 2026;"),
    ]);
    expect(merged.revised.paragraphs[1]?.text.versions.en?.text).toBe(
      "Calls upon all parliaments to adopt comprehensive legislation by 2026;",
    );
    const clash = consolidate(DRAFT, [
      A1,
      subAmendment("S1", "A1", "Calls upon parliaments to adopt comprehensive legislation in 2026;"),
      subAmendment("S2", "A1", "Calls upon parliaments to adopt comprehensive legislation by 2026;"),
    ]);
    expect(clash.paragraphs[1]?.outcome).toBe("conflict");
    expect(clash.conflicts).toEqual([
      {
        target: "p2",
        label: "OP1",
        amendments: ["A1", "S1", "S2"],
        disputes: [
          {
            target: "p2",
            within: A1_ID,
            language: "en",
            start: 58,
            end: 71,
            original: "without delay",
            wordings: [
              { amendment: "S1", text: "in 2026" },
              { amendment: "S2", text: "by 2026" },
            ],
          },
        ],
      },
    ]);
  });

  it("has no effect when its amendment is not adopted, and yields to a revised wording", () => {
    const rejected = consolidate(DRAFT, [{ ...A1, status: "rejected" }, subAmendment("S1", "A1", "Calls upon parliaments to act;")]);
    expect(rejected.paragraphs[1]?.outcome).toBe("unchanged");
    const revised = consolidate(DRAFT, [
      { ...A1, status: "accepted_as_revised", revisedText: "Calls upon parliaments to legislate;" },
      subAmendment("S1", "A1", "Calls upon parliaments to act;"),
    ]);
    expect(revised.revised.paragraphs[1]?.text.versions.en?.text).toBe("Calls upon parliaments to legislate;");
  });

  it("treats an amendment to a paragraph another amendment inserts (3bis) as a sub-amendment of it", () => {
    const insert = amendment("A2", { action: "insert", after: pid("p2"), text: "Invites parliaments to report;" });
    const result = consolidate(DRAFT, [
      insert,
      amendment("A3", { action: "amend", target: insertedParagraphId(insert.id), text: "Invites parliaments to report every year;" }),
    ]);
    expect(result.paragraphs[2]).toMatchObject({
      previousLabel: "new operative paragraph 1bis",
      outcome: "inserted",
      amendments: ["A2", "A3"],
    });
    expect(result.paragraphs[2]?.text.versions.en?.text).toBe("Invites parliaments to report every year;");
  });

  it("leaves out a new paragraph whose deletion is adopted, and puts that deletion first among its sub-amendments", () => {
    const insert = amendment("A2", { action: "insert", after: pid("p2"), text: "Invites parliaments to report;" });
    const deletion = amendment("A3", { action: "delete", target: insertedParagraphId(insert.id) });
    const result = consolidate(DRAFT, [insert, deletion]);
    expect(result.paragraphs.map((p) => p.previousLabel)).toEqual(["PP1", "OP1"]);
    expect(result.subAmended).toMatchObject([{ amendment: "A2", wording: "", subAmendments: ["A3"] }]);
    const clash = consolidate(DRAFT, [
      insert,
      deletion,
      amendment("A4", { action: "amend", target: insertedParagraphId(insert.id), text: "Invites parliaments to report yearly;" }),
    ]);
    expect(clash.conflicts).toMatchObject([{ target: "new-A2", amendments: ["A2", "A3", "A4"] }]);
    const submitted = { status: "submitted" as const };
    const [order] = votingOrder(DRAFT, [
      { ...insert, ...submitted },
      subAmendment("S1", "A2", "Invites parliaments to report yearly;", submitted),
      { ...deletion, ...submitted },
    ]);
    expect(order).toMatchObject({ order: ["A3", "S1", "A2"], falls: { A3: ["S1"], S1: [], A2: [] } });
  });

  it("places a new paragraph after a proposed one (3ter after 3bis) and votes on them at one place", () => {
    const bis = amendment("A2", { action: "insert", after: pid("p2"), text: "Invites parliaments to report;" });
    const ter = amendment("A5", { action: "insert", after: insertedParagraphId(bis.id), text: "Requests a follow-up;" });
    const other = amendment("A6", { action: "insert", after: pid("p2"), text: "Encourages cooperation;" });
    const result = consolidate(DRAFT, [ter, bis, other]);
    expect(result.paragraphs.map((p) => [p.previousLabel, p.amendments])).toEqual([
      ["PP1", []],
      ["OP1", []],
      ["new operative paragraph 1bis", ["A2"]],
      ["new operative paragraph 1ter", ["A5"]],
      ["new operative paragraph 1quater", ["A6"]],
    ]);
    const orders = votingOrder(
      DRAFT,
      [ter, bis, other].map((a) => ({ ...a, status: "submitted" as const })),
    );
    expect(orders.map((o) => [o.target, [...o.order].sort()])).toEqual([["after:p2", ["A2", "A5", "A6"]]]);
  });

  it("names what is wrong with a sub-amendment", () => {
    const deletion = amendment("D1", { action: "delete", target: pid("p2") });
    expect(() => consolidate(DRAFT, [deletion, subAmendment("S1", "D1", "x")])).toThrow(/Amendment S1: parent "D1" deletes a paragraph/);
    expect(() => consolidate(DRAFT, [A1, subAmendment("S1", "A1", "x"), subAmendment("S2", "S1", "y")])).toThrow(
      /Amendment S2: parent "S1" is itself a sub-amendment/,
    );
    expect(() => consolidate(DRAFT, [A1, subAmendment("S1", "A1", "x", { language: "fr" })])).toThrow(/Amendment S1: language must be en/);
    expect(() => consolidate(DRAFT, [A1, subAmendment("S1", "A1", "x", { action: "delete" })])).toThrow(
      /Amendment S1: action of a sub-amendment is amend \(or delete, for a new paragraph\)/,
    );
  });
});

describe("sub-amendments in the voting order", () => {
  const submitted = { status: "submitted" as const };
  it("puts each sub-amendment just before its amendment and lets it fall with it", () => {
    const [order] = votingOrder(DRAFT, [
      { ...A1, ...submitted },
      amendment("A2", { action: "amend", target: pid("p2"), text: "Urges governments and parliaments to enact laws;", ...submitted }),
      subAmendment("S1", "A1", "Calls upon parliaments to adopt comprehensive legislation by 2026;", submitted),
      subAmendment("S2", "A1", "Calls upon parliaments to adopt comprehensive legislation in 2026 at the latest;", submitted),
      subAmendment("S3", "A1", "Calls upon all parliaments to adopt comprehensive legislation without delay;", submitted),
      subAmendment("S9", "A1", "withdrawn", { status: "withdrawn" }),
    ]);
    expect(order?.order).toEqual(["A2", "S2", "S1", "S3", "A1"]);
    expect(order?.amends).toEqual({ S1: "A1", S2: "A1", S3: "A1" });
    expect(order?.falls).toEqual({ A2: ["S2", "S1", "S3", "A1"], S2: ["S1"], S1: [], S3: [], A1: [] });
  });

  it("leaves out sub-amendments of an amendment no longer before the body", () => {
    const orders = votingOrder(DRAFT, [
      { ...A1, status: "withdrawn" },
      subAmendment("S1", "A1", "Calls upon parliaments to act;", submitted),
    ]);
    expect(orders).toEqual([]);
  });
});

describe("placeOf", () => {
  it("places a sub-amendment where its amendment changes the text, a new paragraph at its own id", () => {
    const insert = amendment("A2", { action: "insert", after: pid("p2"), text: "Invites parliaments to report;" });
    const title = amendment("T1", { action: "amend_title", text: "New title" });
    const list = [A1, insert, title, subAmendment("S1", "A1", "x"), subAmendment("S2", "A2", "y"), subAmendment("S3", "T1", "z")];
    const byId = new Map(list.map((a) => [a.id as string, a]));
    expect(list.map((a) => placeOf(a, byId))).toEqual(["p2", insertedParagraphId(insert.id), "title", "p2", "new-A2", "title"]);
  });
});

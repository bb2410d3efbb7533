import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AmendmentStatus } from "./amendment.js";
import { consolidate } from "./consolidate.js";
import { pid, amendment, draftOf, paragraph } from "./test-factories.js";

const DRAFT = draftOf([
  ["preambular", "Recalling the Convention on the Rights of the Child,"],
  ["preambular", "Deeply concerned by online grooming,"],
  ["operative", "Calls upon parliaments to adopt legislation;"],
  ["operative", "Urges governments to protect victims;"],
  ["operative", "Encourages companies to cooperate."],
]);

const NOT_ADOPTED: AmendmentStatus[] = ["draft", "submitted", "withdrawn", "rejected", "merged"];

describe("consolidate", () => {
  it("is the identity when no amendment is adopted", () => {
    const kinds = fc.array(
      fc.tuple(fc.constantFrom("preambular" as const, "operative" as const), fc.string({ minLength: 1, maxLength: 30 })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(kinds, fc.array(fc.constantFrom(...NOT_ADOPTED), { maxLength: 8 }), (items, statuses) => {
        const sorted = [...items].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === "preambular" ? -1 : 1));
        const draft = draftOf(sorted);
        const amendments = statuses
          .map((status, i) =>
            amendment(`A${i}`, {
              action: "amend",
              target: draft.paragraphs[i % Math.max(1, draft.paragraphs.length)]?.id ?? null,
              text: "x",
              status,
              mergedInto: status === "merged" ? amendment("A0", { action: "delete" }).id : null,
            }),
          )
          .filter((a) => a.target !== null);
        const result = consolidate(draft, amendments);
        expect(result.revised.paragraphs).toEqual(draft.paragraphs);
        expect(result.conflicts).toEqual([]);
        expect(result.paragraphs.every((p) => p.outcome === "unchanged" && p.label === p.previousLabel)).toBe(true);
      }),
    );
  });

  it("renumbers surviving paragraphs as a bijection from previous to new labels", () => {
    const actions = fc.array(fc.tuple(fc.constantFrom("delete" as const, "insert" as const, "amend" as const), fc.nat(20)), {
      maxLength: 15,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), actions, (size, plan) => {
        const draft = draftOf(
          Array.from(
            { length: size },
            (_, i) => [i < size / 3 ? "preambular" : "operative", `Paragraph ${i}`] as ["preambular" | "operative", string],
          ),
        );
        const used = new Set<string>();
        const amendments = plan.flatMap(([action, n], i) => {
          const target = draft.paragraphs[n % size]!;
          if (action !== "insert" && used.has(target.id)) return [];
          if (action !== "insert") used.add(target.id);
          return [
            action === "insert"
              ? amendment(`A${i}`, { action, after: target.id, text: `New ${i}` })
              : amendment(`A${i}`, { action, target: target.id, text: `Changed ${i}` }),
          ];
        });
        const result = consolidate(draft, amendments);
        const surviving = result.paragraphs.filter((p) => p.outcome !== "deleted");
        const keys = Object.keys(result.renumbering).filter((k) => !k.includes("("));
        const values = keys.map((k) => result.renumbering[k]);
        expect(keys.sort()).toEqual(surviving.map((p) => p.previousLabel).sort());
        expect(new Set(values).size).toBe(values.length);
        expect(new Set(values)).toEqual(new Set(surviving.map((p) => p.label)));
      }),
    );
  });

  it("applies an amendment, a deletion, an insertion and a title change", () => {
    const result = consolidate(DRAFT, [
      amendment("A1", { action: "amend", target: pid("p3"), text: "Calls upon all parliaments to adopt legislation;" }),
      amendment("A2", { action: "delete", target: pid("p2") }),
      amendment("A3", { action: "insert", after: pid("p3"), kind: "operative", text: "Invites parliaments to consult survivors;" }),
      amendment("A4", { action: "insert", after: pid("p3"), text: "Requests a report;" }),
      amendment("A5", { action: "amend_title", text: "New title" }),
    ]);
    expect(result.paragraphs.map((p) => [p.previousLabel, p.label, p.outcome])).toEqual([
      ["PP1", "PP1", "unchanged"],
      ["PP2", null, "deleted"],
      ["OP1", "OP1", "amended"],
      ["new operative paragraph 1bis", "OP2", "inserted"],
      ["new operative paragraph 1ter", "OP3", "inserted"],
      ["OP2", "OP4", "unchanged"],
      ["OP3", "OP5", "unchanged"],
    ]);
    expect(result.paragraphs[2]?.changes).toEqual([
      { op: "equal", text: "Calls upon " },
      { op: "insert", text: "all " },
      { op: "equal", text: "parliaments to adopt legislation;" },
    ]);
    expect(result.paragraphs[2]?.amendments).toEqual(["A1"]);
    expect(result.title?.text.versions.en?.text).toBe("New title");
    expect(result.renumbering).toMatchObject({ OP2: "OP4", "new operative paragraph 1bis": "OP2" });
  });

  it("reports two adopted amendments on one paragraph as a conflict and applies neither", () => {
    const result = consolidate(DRAFT, [
      amendment("A1", { action: "amend", target: pid("p3"), text: "Calls upon parliaments to enact laws;" }),
      amendment("A2", { action: "delete", target: pid("p3") }),
    ]);
    const original = "Calls upon parliaments to adopt legislation;";
    expect(result.conflicts).toEqual([
      {
        target: "p3",
        label: "OP1",
        amendments: ["A1", "A2"],
        disputes: [
          {
            target: "p3",
            language: "en",
            start: 0,
            end: original.length,
            original,
            wordings: [
              { amendment: "A1", text: "Calls upon parliaments to enact laws;" },
              { amendment: "A2", text: "" },
            ],
          },
        ],
      },
    ]);
    expect(result.paragraphs[2]?.outcome).toBe("conflict");
    expect(result.revised.paragraphs[2]?.text).toEqual(DRAFT.paragraphs[2]?.text);
  });

  it("resolves a conflict with a compromise that lists the amendments merged into it", () => {
    const result = consolidate(DRAFT, [
      amendment("A1", {
        action: "amend",
        target: pid("p3"),
        text: "x",
        status: "merged",
        mergedInto: amendment("C1", { action: "amend" }).id,
      }),
      amendment("A2", {
        action: "amend",
        target: pid("p3"),
        text: "y",
        status: "merged",
        mergedInto: amendment("C1", { action: "amend" }).id,
      }),
      amendment("C1", { action: "amend", target: pid("p3"), text: "Calls upon parliaments to adopt and enforce legislation;" }),
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.paragraphs[2]?.amendments).toEqual(["C1", "A1", "A2"]);
  });

  it("applies the revised wording of an amendment accepted as revised", () => {
    const result = consolidate(DRAFT, [
      amendment("A1", {
        action: "amend",
        target: pid("p4"),
        text: "proposed",
        status: "accepted_as_revised",
        revisedText: "Urges governments to protect survivors;",
      }),
    ]);
    expect(result.revised.paragraphs[3]?.text.versions.en?.text).toBe("Urges governments to protect survivors;");
  });

  it("marks other languages as needing translation after an amendment in one language", () => {
    const bilingual = {
      title: null,
      paragraphs: [
        {
          ...paragraph("p1", "operative", "تدعو البرلمانات؛", "ar"),
          text: {
            original: "ar" as const,
            versions: {
              ar: { text: "تدعو البرلمانات؛", status: "final" as const },
              en: { text: "Calls upon parliaments;", status: "final" as const },
            },
          },
        },
      ],
    };
    const result = consolidate(
      bilingual,
      [amendment("A1", { action: "amend", target: pid("p1"), language: "ar", text: "تدعو البرلمانات والحكومات؛" })],
      { language: "ar" },
    );
    expect(result.revised.paragraphs[0]?.text.versions.en?.status).toBe("draft");
    expect(result.paragraphs[0]?.changes).toEqual([
      { op: "equal", text: "تدعو البرلمانات" },
      { op: "insert", text: " والحكومات" },
      { op: "equal", text: "؛" },
    ]);
  });

  it("deletes sub-paragraphs with their paragraph and conflicts with amendments to them", () => {
    const draft = { title: null, paragraphs: [paragraph("p1", "operative", "Urges governments:", "en", ["to act;", "to report;"])] };
    const deleted = consolidate(draft, [amendment("A1", { action: "delete", target: pid("p1") })]);
    expect(deleted.paragraphs[0]?.subParagraphs.map((s) => s.outcome)).toEqual(["deleted", "deleted"]);
    const clash = consolidate(draft, [
      amendment("A1", { action: "delete", target: pid("p1") }),
      amendment("A2", { action: "amend", target: pid("p1.2"), text: "to report yearly;" }),
    ]);
    expect(clash.conflicts).toMatchObject([{ target: "p1", label: "OP1", amendments: ["A1", "A2"] }]);
    expect(clash.conflicts[0]?.disputes.map((d) => [d.target, d.original, d.wordings])).toEqual([
      ["p1", "Urges governments:", [{ amendment: "A1", text: "" }]],
      [
        "p1.2",
        "to report;",
        [
          { amendment: "A1", text: "" },
          { amendment: "A2", text: "to report yearly;" },
        ],
      ],
    ]);
  });

  it("labels a new sub-paragraph and renumbers those after it", () => {
    const draft = { title: null, paragraphs: [paragraph("p1", "operative", "Urges governments:", "en", ["to act;", "to report;"])] };
    const result = consolidate(draft, [amendment("A1", { action: "insert", after: pid("p1.1"), text: "to consult;" })]);
    expect(result.paragraphs[0]?.subParagraphs.map((s) => [s.previousLabel, s.label])).toEqual([
      ["OP1(a)", "OP1(a)"],
      ["new sub-paragraph OP1(a)bis", "OP1(b)"],
      ["OP1(b)", "OP1(c)"],
    ]);
  });

  it("names the amendment and the field of a bad reference", () => {
    expect(() => consolidate(DRAFT, [amendment("A9", { action: "amend", target: pid("nope"), text: "x" })])).toThrow(
      /Amendment A9: target "nope"/,
    );
    expect(() =>
      consolidate(DRAFT, [amendment("A8", { action: "insert", after: pid("p4"), kind: "preambular", text: "Noting," })]),
    ).toThrow(/Amendment A8: after/);
  });
});

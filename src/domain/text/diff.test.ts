import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, diffWords, forgetDiffs, invertChanges, originalOf } from "./diff.js";

const ARABIC = fc.constantFrom("تدعو", "البرلمانات", "إلى", "اعتماد", "تشريعات", "الأطفال", "،", "؛", " ", "وإذ", "تدرك", "٢٠٢١");
const MIXED = fc.constantFrom(
  "Calls",
  "upon",
  "l'Assemblée",
  "élue",
  "niñas",
  "y",
  "niños",
  "2021",
  "COVID-19",
  ",",
  ";",
  " ",
  "  ",
  "\n",
  "é",
  "e\u0301",
);

describe("diffWords", () => {
  it("turns a into b, and b back into a, for any Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }), (a, b) => {
        const changes = diffWords(a, b, "en");
        expect(applyChanges(changes)).toBe(b);
        expect(originalOf(changes)).toBe(a);
        expect(applyChanges(invertChanges(changes))).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it("turns a into b for Arabic and mixed-script word sequences", () => {
    const text = fc.array(fc.oneof(ARABIC, MIXED), { maxLength: 40 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, text, fc.constantFrom("ar", "en", "fr", "es"), (a, b, lang) => {
        const changes = diffWords(a, b, lang);
        expect(applyChanges(changes)).toBe(b);
        expect(originalOf(changes)).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it("never merges two runs of the same kind next to each other", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const ops = diffWords(a, b, "en").map((c) => c.op);
        ops.forEach((op, i) => expect(op === ops[i + 1]).toBe(false));
      }),
    );
  });

  it("marks whole English words", () => {
    expect(
      diffWords("Calls upon parliaments to adopt legislation.", "Calls upon all parliaments to swiftly enact legislation.", "en"),
    ).toEqual([
      { op: "equal", text: "Calls upon " },
      { op: "insert", text: "all " },
      { op: "equal", text: "parliaments to " },
      { op: "delete", text: "adopt" },
      { op: "insert", text: "swiftly enact" },
      { op: "equal", text: " legislation." },
    ]);
  });

  it("replaces a word whole rather than letter by letter", () => {
    expect(diffWords("the cat sat", "the cats sat", "en")).toEqual([
      { op: "equal", text: "the " },
      { op: "delete", text: "cat" },
      { op: "insert", text: "cats" },
      { op: "equal", text: " sat" },
    ]);
  });

  it("keeps French elisions and accents as words", () => {
    expect(
      diffWords("Invite les parlements à adopter une législation", "Invite les parlements à adopter d'urgence une législation", "fr"),
    ).toEqual([
      { op: "equal", text: "Invite les parlements à adopter " },
      { op: "insert", text: "d'urgence " },
      { op: "equal", text: "une législation" },
    ]);
  });

  it("diffs Spanish with its diacritics", () => {
    const changes = diffWords(
      "Insta a los gobiernos a proteger a los niños",
      "Insta a los gobiernos a proteger a las niñas y los niños",
      "es",
    );
    expect(changes.filter((c) => c.op !== "equal").map((c) => c.text)).toEqual(["las niñas y "]);
  });

  it("diffs Arabic words without splitting their letters", () => {
    const changes = diffWords(
      "تدعو البرلمانات إلى اعتماد تشريعات تحمي الأطفال؛",
      "تدعو البرلمانات والحكومات إلى سن تشريعات تحمي الفتيات والفتيان؛",
      "ar",
    );
    expect(changes).toEqual([
      { op: "equal", text: "تدعو البرلمانات " },
      { op: "insert", text: "والحكومات " },
      { op: "equal", text: "إلى " },
      { op: "delete", text: "اعتماد" },
      { op: "insert", text: "سن" },
      { op: "equal", text: " تشريعات تحمي " },
      { op: "delete", text: "الأطفال" },
      { op: "insert", text: "الفتيات والفتيان" },
      { op: "equal", text: "؛" },
    ]);
  });

  it("joins the punctuation between two changed words into one change", () => {
    expect(diffWords("red, green", "blue; yellow", "en")).toEqual([
      { op: "delete", text: "red, green" },
      { op: "insert", text: "blue; yellow" },
    ]);
  });

  it("returns nothing for two empty texts and one equal run for equal texts", () => {
    expect(diffWords("", "", "en")).toEqual([]);
    expect(diffWords("same", "same", "en")).toEqual([{ op: "equal", text: "same" }]);
  });
});

describe("diffs already made", () => {
  it("give the same changes as a new diff, and what a caller does to one answer does not reach the next", () => {
    const before = "Calls upon parliaments to adopt legislation without delay;";
    const after = "Calls upon all parliaments to adopt laws without delay;";
    forgetDiffs();
    const first = diffWords(before, after, "en");
    const fresh = structuredClone(first);
    first.push({ op: "insert", text: "tampered" });
    const again = diffWords(before, after, "en");
    expect(again).toEqual(fresh);
    forgetDiffs();
    expect(diffWords(before, after, "en")).toEqual(fresh);
    // The language is part of what was diffed.
    expect(diffWords("السلام عليكم", "السلام عليكم جميعا", "ar")).toEqual(diffWords("السلام عليكم", "السلام عليكم جميعا", "ar"));
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consolidate } from "./consolidate.js";
import { diffWords } from "./diff.js";
import { amendment, draftOf, pid } from "./test-factories.js";

const TEXT = "Calls upon parliaments to adopt comprehensive legislation and to consult survivors without delay;";
const DRAFT = draftOf([["operative", TEXT]]);
const WORDS = TEXT.slice(0, -1).split(" ");

describe("consolidate: amendments on one paragraph", () => {
  it("merges amendments that change different words and reports the merge", () => {
    const result = consolidate(DRAFT, [
      amendment("A1", { action: "amend", target: pid("p1"), text: TEXT.replace("parliaments", "all parliaments") }),
      amendment("A2", { action: "amend", target: pid("p1"), text: TEXT.replace("without delay", "by 2026") }),
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.merges).toEqual([{ target: "p1", label: "OP1", amendments: ["A1", "A2"] }]);
    expect(result.paragraphs[0]?.outcome).toBe("amended");
    expect(result.paragraphs[0]?.amendments).toEqual(["A1", "A2"]);
    expect(result.revised.paragraphs[0]?.text.versions.en?.text).toBe(
      "Calls upon all parliaments to adopt comprehensive legislation and to consult survivors by 2026;",
    );
  });

  it("merges amendments to words apart from each other into the same text, whatever their order", () => {
    const positions = fc.uniqueArray(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 2, maxLength: 5 }).filter((p) => {
      const sorted = [...p].sort((x, y) => x - y);
      return sorted.every((x, i) => i === 0 || x - (sorted[i - 1] as number) >= 2);
    });
    const plan = positions.chain((p) =>
      fc.shuffledSubarray(p, { minLength: p.length, maxLength: p.length }).map((order) => ({ p, order })),
    );
    fc.assert(
      fc.property(plan, ({ p, order }) => {
        const replaced = (at: readonly number[]): string => `${WORDS.map((w, i) => (at.includes(i) ? `new${i}` : w)).join(" ")};`;
        const tabled = (list: readonly number[]) =>
          list.map((i) => amendment(`A${i}`, { action: "amend", target: pid("p1"), text: replaced([i]) }));
        const first = consolidate(DRAFT, tabled(p));
        const second = consolidate(DRAFT, tabled(order));
        expect(first.revised.paragraphs[0]?.text.versions.en?.text).toBe(replaced(p));
        expect(second.revised.paragraphs[0]?.text).toEqual(first.revised.paragraphs[0]?.text);
        expect(new Set(second.merges[0]?.amendments)).toEqual(new Set(p.map((i) => `A${i}`)));
      }),
    );
  });

  it("applies one amendment alone exactly as tabled", () => {
    const wording = fc
      .array(fc.constantFrom(...WORDS, "all", "enact", "girls", ","), { minLength: 1, maxLength: 16 })
      .map((w) => `${w.join(" ")};`);
    fc.assert(
      fc.property(wording, (text) => {
        const result = consolidate(DRAFT, [amendment("A1", { action: "amend", target: pid("p1"), text })]);
        expect(result.revised.paragraphs[0]?.text.versions.en?.text).toBe(text);
        expect(result.paragraphs[0]?.changes).toEqual(diffWords(TEXT, text, "en"));
        expect(result.merges).toEqual([]);
      }),
    );
  });

  it("always reports amendments that change a common word as a conflict and applies neither", () => {
    const change = fc.tuple(fc.integer({ min: 0, max: WORDS.length - 1 }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(change, change, ([from, length], [other, otherLength]) => {
        fc.pre(from <= other + otherLength - 1 && other <= from + length - 1);
        const replace = (at: number, n: number, word: string): string =>
          `${[...WORDS.slice(0, at), word, ...WORDS.slice(at + n)].join(" ")};`;
        const result = consolidate(DRAFT, [
          amendment("A1", { action: "amend", target: pid("p1"), text: replace(from, length, "alpha") }),
          amendment("A2", { action: "amend", target: pid("p1"), text: replace(other, otherLength, "bravo") }),
        ]);
        expect(result.conflicts.map((c) => c.amendments)).toEqual([["A1", "A2"]]);
        expect(result.paragraphs[0]?.outcome).toBe("conflict");
        expect(result.revised.paragraphs[0]?.text.versions.en?.text).toBe(TEXT);
      }),
    );
  });

  it("keeps amendments in different languages in conflict over the whole paragraph", () => {
    const bilingual = {
      title: null,
      paragraphs: [
        {
          ...DRAFT.paragraphs[0]!,
          text: {
            original: "en" as const,
            versions: {
              en: { text: TEXT, status: "final" as const },
              fr: { text: "Demande aux parlements d'agir;", status: "final" as const },
            },
          },
        },
      ],
    };
    const result = consolidate(bilingual, [
      amendment("A1", { action: "amend", target: pid("p1"), text: TEXT.replace("parliaments", "all parliaments") }),
      amendment("A2", { action: "amend", target: pid("p1"), language: "fr", text: "Demande aux parlements d'agir vite;" }),
    ]);
    expect(result.conflicts[0]?.disputes).toMatchObject([{ target: "p1", start: 0, end: TEXT.length, original: TEXT }]);
  });
});

import { describe, expect, it } from "vitest";
import type { SourceBlock } from "./import-types.js";
import { preambleLength } from "./kind-split.js";
import { isDeeperPoint, readMarker } from "./markers.js";
import { structureDraft } from "./structure.js";

const lines = (...texts: string[]): SourceBlock[] => texts.map((text, i) => ({ text, where: `line ${i + 1}` }));
const kinds = (r: ReturnType<typeof structureDraft>) => r.draft.paragraphs.map((p) => p.kind);

describe("numbering read, not trusted", () => {
  it("reads numbers, Arabic-Indic digits, labels and letters, not date ranges or decimals", () => {
    expect(readMarker("١. تدعو")).toMatchObject({ type: "number", number: 1 });
    expect(readMarker("12- تحث")).toMatchObject({ type: "number", number: 12 });
    expect(readMarker("OP3(b) to act;")).toMatchObject({ type: "label", kind: "operative", number: 3, sub: "b" });
    expect(readMarker("(أ) تجريم")).toMatchObject({ type: "sub", letter: "أ" });
    expect(readMarker("26–30 November 2021")).toBeNull();
    expect(readMarker("1.5 million children")).toBeNull();
  });

  it("tells a roman point under a letter from the letter i", () => {
    expect(isDeeperPoint({ type: "sub", letter: "i", length: 3 }, "a", false)).toBe(true);
    expect(isDeeperPoint({ type: "sub", letter: "i", length: 3 }, "h", false)).toBe(false);
    expect(isDeeperPoint({ type: "sub", letter: "ii", length: 4 }, "i", true)).toBe(false);
  });

  it("says when a number is not the one expected", () => {
    const r = structureDraft(lines("Title", "1. Calls upon parliaments;", "5. Urges governments;"), "en");
    expect(r.decisions[2]?.reason).toMatch(/numbered 5 where 2 was expected/);
  });
});

describe("where the preamble ends", () => {
  it("weighs every sign and lets a paragraph with none follow the one before it", () => {
    expect(
      preambleLength([
        { preambular: 5, operative: 0 },
        { preambular: 0, operative: 0 },
        { preambular: 0, operative: 4 },
      ]),
    ).toBe(2);
    expect(
      preambleLength([
        { preambular: 0, operative: 5 },
        { preambular: 5, operative: 0 },
      ]),
    ).toBe(0);
    expect(
      preambleLength([
        { preambular: 4, operative: 0 },
        { preambular: 1, operative: 3 },
        { preambular: 4, operative: 0 },
        { preambular: 0, operative: 4 },
      ]),
    ).toBe(3);
  });

  it("takes a first preambular paragraph with a date or a session for a paragraph, not for front matter", () => {
    const r = structureDraft(
      lines(
        "Women in parliaments",
        "Recalling its resolution 66/130 of 19 December 2011,",
        "Noting the outcome of its seventy-eighth session,",
        "1. Decides to act;",
      ),
      "en",
    );
    expect(kinds(r)).toEqual(["preambular", "preambular", "operative"]);
    expect(r.frontMatter).toEqual([]);
  });

  it("does not turn the preamble operative after a date range or a motto", () => {
    const r = structureDraft(
      lines(
        "Inter-Parliamentary Union",
        "For democracy. For everyone.",
        "Madrid (Spain), 26–30 November 2021",
        "Legislation against abuse",
        "Recalling the Convention,",
        "Noting the report,",
        "1. Calls upon parliaments;",
      ),
      "en",
    );
    expect(kinds(r)).toEqual(["preambular", "preambular", "operative"]);
    expect(r.draft.title?.versions.en?.text).toBe("Legislation against abuse");
    expect(r.frontMatter.map((f) => f.role)).toEqual(["masthead", "masthead", "date"]);
  });
});

describe("structure", () => {
  it("keeps an enacting formula between preamble and operative part out of the paragraphs", () => {
    for (const [formula, language] of [
      ["Now, therefore,", "en"],
      ["L'Assemblée générale,", "fr"],
      ["La Asamblea General,", "es"],
    ] as const) {
      const r = structureDraft(
        lines(
          "T",
          language === "en" ? "Recalling the Charter," : language === "fr" ? "Rappelant la Charte," : "Recordando la Carta,",
          formula,
          language === "en" ? "Decides to act;" : language === "fr" ? "Décide d'agir ;" : "Decide actuar;",
        ),
        language,
      );
      expect(r.draft.paragraphs).toHaveLength(2);
      expect(r.preface).toBe(formula);
    }
  });

  it("makes an article of several paragraphs one operative paragraph, in Arabic too", () => {
    const r = structureDraft(
      lines("إعلان", "إذ يشير إلى الميثاق،", "المادة 1", "لكل طفل الحق في الحماية.", "وتسري هذه القوانين في كل مكان."),
      "ar",
    );
    expect(kinds(r)).toEqual(["preambular", "operative"]);
    expect(r.draft.paragraphs[1]?.subParagraphs).toHaveLength(1);
    expect(r.leftOut.map((l) => l.text)).toEqual(["المادة 1"]);
  });

  it("folds points of a deeper level into their sub-paragraph, keeping their numbers", () => {
    const r = structureDraft(
      lines(
        "T",
        "1. Invites States:",
        "(a) to observe the Day;",
        "(b) to raise awareness of:",
        "(i) the barriers;",
        "(ii) the violence;",
        "(c) to report.",
      ),
      "en",
    );
    expect(r.draft.paragraphs[0]?.subParagraphs.map((s) => s.text.versions.en?.text)).toEqual([
      "to observe the Day;",
      "to raise awareness of: (i) the barriers; (ii) the violence;",
      "to report.",
    ]);
  });

  it("keeps a missing translation missing, in its place", () => {
    const r = structureDraft(
      lines("T", "Recalling the Charter,", "[translation missing]", "1. Calls upon parliaments:", "(a) [translation missing]"),
      "en",
    );
    expect(kinds(r)).toEqual(["preambular", "preambular", "operative"]);
    expect(r.draft.paragraphs[1]?.text.versions).toEqual({});
    expect(r.draft.paragraphs[2]?.subParagraphs[0]?.text.versions).toEqual({});
  });

  it("stays linear: twice the paragraphs take about twice the time", () => {
    const draft = (n: number): SourceBlock[] =>
      lines(
        "Title",
        ...Array.from({ length: n / 2 }, (_, i) => `Recalling resolution ${i},`),
        ...Array.from({ length: n / 2 }, (_, i) => `${i + 1}. Calls upon parliaments to act ${i};`),
      );
    const time = (n: number): number => {
      const blocks = draft(n);
      const start = performance.now();
      structureDraft(blocks, "en");
      return performance.now() - start;
    };
    time(2_000);
    const small = Math.min(time(8_000), time(8_000));
    const large = Math.min(time(16_000), time(16_000));
    expect(large / small).toBeLessThan(3.5);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asId, type AmendmentId } from "../ids.js";
import type { Language } from "../language.js";
import { applyChanges, originalOf } from "./diff.js";
import { mergeWordings, type Wording } from "./word-merge.js";

const BASE_WORDS: Record<"en" | "ar", string[]> = {
  en: "parliaments governments children girls boys online abuse legislation survivors protection platforms providers cooperation education awareness".split(
    " ",
  ),
  ar: "البرلمانات الحكومات الأطفال الفتيات الفتيان الإنترنت الاستغلال التشريعات الناجين الحماية المنصات التعاون التعليم التوعية".split(" "),
};
const NEW_WORDS: Record<"en" | "ar", string[]> = {
  en: "alpha bravo charlie delta echo foxtrot golf hotel".split(" "),
  ar: "القانون العدالة المساواة الكرامة الأمن السلام".split(" "),
};

/** One planned change of words [from, to) of the base into new words; from === to inserts. */
interface Planned {
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
}

const apply = (base: readonly string[], changes: readonly Planned[]): string => {
  const out: string[] = [];
  let at = 0;
  for (const c of [...changes].sort((x, y) => x.from - y.from)) {
    out.push(...base.slice(at, c.from), ...c.words);
    at = c.to;
  }
  return [...out, ...base.slice(at)].join(" ") + ";";
};

const id = (n: number): AmendmentId => asId<AmendmentId>(`A${n}`);

/** A base of distinct words and changes separated by at least one unchanged word, each with new words. */
const disjoint = (language: "en" | "ar") =>
  fc
    .record({
      size: fc.integer({ min: 6, max: BASE_WORDS[language].length }),
      cuts: fc.array(
        fc.record({ gap: fc.integer({ min: 1, max: 3 }), length: fc.integer({ min: 0, max: 2 }), added: fc.integer({ min: 0, max: 2 }) }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ size, cuts }) => {
      const base = BASE_WORDS[language].slice(0, size);
      const changes: Planned[] = [];
      let at = -1;
      let fresh = 0;
      for (const cut of cuts) {
        const from = at + cut.gap;
        const to = Math.min(from + cut.length, base.length);
        if (from > base.length) break;
        const added = cut.length === 0 || to === from ? Math.max(1, cut.added) : cut.added;
        const words = Array.from({ length: added }, () => NEW_WORDS[language][fresh++ % NEW_WORDS[language].length] as string);
        changes.push({ from, to, words });
        at = to;
      }
      return { base, changes };
    });

describe("mergeWordings", () => {
  for (const language of ["en", "ar"] as const satisfies readonly Language[]) {
    it(`merges changes to different words in any order into the same text (${language})`, () => {
      const shuffledPlan = disjoint(language).chain((d) =>
        fc
          .shuffledSubarray(
            d.changes.map((_, i) => i),
            { minLength: d.changes.length, maxLength: d.changes.length },
          )
          .map((order) => ({ ...d, order })),
      );
      fc.assert(
        fc.property(shuffledPlan, ({ base, changes, order }) => {
          const wordings: Wording[] = changes.map((c, i) => ({ amendment: id(i), text: apply(base, [c]) }));
          const shuffled = order.map((i) => wordings[i] as Wording);
          const expected = apply(base, changes);
          const text = base.join(" ") + ";";
          const merged = mergeWordings(text, wordings, language);
          expect(merged).toMatchObject({ merged: true, text: expected });
          expect(mergeWordings(text, shuffled, language)).toEqual(merged);
          if (!merged.merged) return;
          expect(applyChanges(merged.changes)).toBe(expected);
          expect(originalOf(merged.changes)).toBe(text);
        }),
      );
    });
  }

  it("gives one wording back unchanged", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (base, wording) => {
        expect(mergeWordings(base, [{ amendment: id(1), text: wording }], "en")).toMatchObject({ merged: true, text: wording });
      }),
    );
  });

  it("always reports an overlapping or touching pair as a dispute with each wording of the range", () => {
    const pair = fc.record({
      a: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3 })),
      b: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3 })),
    });
    fc.assert(
      fc.property(pair, ({ a, b }) => {
        const base = BASE_WORDS.en.slice(0, 12);
        const x: Planned = { from: a[0], to: a[0] + a[1], words: ["alpha"] };
        const y: Planned = { from: b[0], to: b[0] + b[1], words: ["bravo"] };
        fc.pre(x.from <= y.to && y.from <= x.to);
        const result = mergeWordings(
          base.join(" ") + ";",
          [
            { amendment: id(1), text: apply(base, [x]) },
            { amendment: id(2), text: apply(base, [y]) },
          ],
          "en",
        );
        expect(result.merged).toBe(false);
        if (result.merged) return;
        const [dispute] = result.disputes;
        expect(result.disputes).toHaveLength(1);
        expect(dispute?.wordings.map((w) => w.amendment)).toEqual(["A1", "A2"]);
        expect(dispute?.wordings[0]?.text).toContain("alpha");
        expect(dispute?.wordings[1]?.text).toContain("bravo");
        expect(base.join(" ")).toContain(dispute?.original ?? "∅");
      }),
    );
  });

  it("shows the exact words in dispute", () => {
    const base = "Calls upon parliaments to adopt legislation without delay;";
    const result = mergeWordings(
      base,
      [
        { amendment: id(1), text: "Calls upon parliaments to enact legislation without delay;" },
        { amendment: id(2), text: "Calls upon parliaments to adopt laws without delay;" },
        { amendment: id(3), text: "Calls upon all parliaments to adopt legislation without delay;" },
      ],
      "en",
    );
    expect(result).toEqual({
      merged: false,
      disputes: [
        {
          start: 26,
          end: 43,
          language: "en",
          original: "adopt legislation",
          wordings: [
            { amendment: "A1", text: "enact legislation" },
            { amendment: "A2", text: "adopt laws" },
          ],
        },
      ],
    });
  });

  it("keeps changes separated by punctuation apart, in Arabic too", () => {
    const base = "تدعو البرلمانات، والحكومات إلى العمل؛";
    const result = mergeWordings(
      base,
      [
        { amendment: id(1), text: "تحث البرلمانات، والحكومات إلى العمل؛" },
        { amendment: id(2), text: "تدعو البرلمانات، والحكومات إلى التحرك؛" },
      ],
      "ar",
    );
    expect(result).toMatchObject({ merged: true, text: "تحث البرلمانات، والحكومات إلى التحرك؛" });
  });
});

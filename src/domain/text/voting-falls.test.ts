import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fallsInOrder, type Ranked } from "./voting-falls.js";

/** The definition, pair by pair: what the sweep must find without comparing every pair. */
const pairwise = (items: readonly Ranked[]): number[][] =>
  items.map((x, i) =>
    items.flatMap((y, j) => {
      if (j <= i || x.action === "insert" || y.action === "insert") return [];
      if (x.action === "delete" || y.action === "delete" || x.language !== y.language) return [j];
      return x.reaches.some((r) => y.reaches.some((s) => r.from <= s.to && s.from <= r.to)) ? [j] : [];
    }),
  );

const reach = fc.tuple(fc.nat(60), fc.nat(8)).map(([from, length]) => ({ from, to: from + length }));
const ranked: fc.Arbitrary<Ranked> = fc.record({
  action: fc.constantFrom("amend" as const, "amend" as const, "delete" as const, "insert" as const),
  language: fc.constantFrom("en" as const, "en" as const, "fr" as const),
  reaches: fc.array(reach, { maxLength: 3 }).map((list) => {
    const sorted = [...list].sort((x, y) => x.from - y.from);
    return sorted.filter((r, i) => i === 0 || r.from > (sorted[i - 1] as { to: number }).to);
  }),
});

describe("fallsInOrder", () => {
  it("finds exactly the later amendments that a deletion, another language or a touching change makes fall", () => {
    fc.assert(
      fc.property(fc.array(ranked, { maxLength: 14 }), (items) => {
        expect(fallsInOrder(items)).toEqual(pairwise(items));
      }),
    );
  });
});

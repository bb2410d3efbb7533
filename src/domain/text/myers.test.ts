import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { myersDiff } from "./myers.js";

describe("myersDiff", () => {
  it("produces a script that rebuilds both sequences, with no more edits than a full replacement", () => {
    const seq = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(seq, seq, (x, y) => {
        const a = Int32Array.from(x);
        const b = Int32Array.from(y);
        const runs = myersDiff(a, b);
        const rebuilt: number[] = [];
        const old: number[] = [];
        for (const r of runs) {
          const from = r.op === "insert" ? b : a;
          const part = [...from.slice(r.start, r.start + r.length)];
          if (r.op !== "delete") rebuilt.push(...part);
          if (r.op !== "insert") old.push(...part);
        }
        expect(rebuilt).toEqual(y);
        expect(old).toEqual(x);
        const edits = runs.filter((r) => r.op !== "equal").reduce((n, r) => n + r.length, 0);
        expect(edits).toBeLessThanOrEqual(x.length + y.length);
      }),
      { numRuns: 500 },
    );
  });

  it("finds the shortest script for a classic example", () => {
    const edits = myersDiff(Int32Array.from([1, 2, 3, 1, 2, 2, 1]), Int32Array.from([3, 2, 1, 2, 1, 3]));
    expect(edits.filter((r) => r.op !== "equal").reduce((n, r) => n + r.length, 0)).toBe(5);
  });
});

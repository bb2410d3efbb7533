import { describe, expect, it } from "vitest";
import { adoptedProposals } from "./adoptedProposals.js";

describe("the group proposals a body adopted", () => {
  it("are every proposal credited by a body amendment, merged ones included, and no other", () => {
    const adoption = {
      amendments: [
        {
          id: "b1",
          number: 1,
          key: "paragraph:op1",
          how: "merged" as const,
          sources: [
            { amendmentId: "g1-op1", recommendationId: "r1" },
            { amendmentId: "g2-op1", recommendationId: "r2" },
          ],
        },
        { id: "b2", number: 2, key: "insert:op5", how: "single" as const, sources: [{ amendmentId: "g1-new", recommendationId: "r1" }] },
      ],
    };
    const adopted = adoptedProposals([adoption]);
    expect([...adopted].sort()).toEqual(["g1-new", "g1-op1", "g2-op1"]);
    expect(adopted.has("g2-left-out")).toBe(false);
  });
});

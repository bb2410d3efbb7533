import { describe, expect, it } from "vitest";
import { speakerShare } from "./FiguresView.js";

describe("the participation figures", () => {
  it("computes each category's share of the speakers", () => {
    const figures = { members: 5, present: 4, speakers: 3, turns: 4, speakingSeconds: 10, byGender: [], byAge: [] };
    const row = {
      category: "woman",
      members: 3,
      memberShare: 0.6,
      present: 2,
      speakers: 2,
      turns: 3,
      speakingSeconds: 8,
      speakingShare: 0.8,
    };
    expect(speakerShare(row, figures)).toBeCloseTo(2 / 3);
    expect(speakerShare(row, { ...figures, speakers: 0 })).toBe(0);
  });
});

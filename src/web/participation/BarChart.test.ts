import { describe, expect, it } from "vitest";
import { barX } from "./BarChart.js";
import { speakerShare } from "./FiguresView.js";

describe("the participation bar chart", () => {
  it("grows bars from the labels' side, mirrored right to left", () => {
    const ltr = barX(0.5, false);
    const rtl = barX(0.5, true);
    expect(ltr.width).toBeCloseTo(rtl.width);
    expect(ltr.x).toBe(150);
    expect(rtl.x + rtl.width).toBe(640 - 150);
    expect(ltr.labelX).toBeGreaterThan(ltr.x + ltr.width);
    expect(rtl.labelX).toBeLessThan(rtl.x);
  });

  it("keeps shares between nothing and the whole track", () => {
    expect(barX(-1, false).width).toBe(0);
    expect(barX(2, false).width).toBe(barX(1, false).width);
  });

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

import { describe, expect, it } from "vitest";
import { barRows, barX, type BarLayout } from "./bar-layout.js";

const LAYOUT: BarLayout = { width: 640, label: 150, track: 434, valueGap: 6, bar: 16, gap: 4, groupGap: 18, top: 8 };

describe("a horizontal bar chart's layout", () => {
  it("grows bars from the labels' side, mirrored right to left", () => {
    const ltr = barX(LAYOUT, 0.5, false);
    const rtl = barX(LAYOUT, 0.5, true);
    expect(ltr.width).toBeCloseTo(rtl.width);
    expect(ltr.x).toBe(150);
    expect(rtl.x + rtl.width).toBe(640 - 150);
    expect(ltr.labelX).toBeGreaterThan(ltr.x + ltr.width);
    expect(rtl.labelX).toBeLessThan(rtl.x);
  });

  it("keeps shares between nothing and the whole track", () => {
    expect(barX(LAYOUT, -1, false).width).toBe(0);
    expect(barX(LAYOUT, 2, false).width).toBe(barX(LAYOUT, 1, false).width);
    expect(barX(LAYOUT, 1, false).width).toBe(434);
  });

  it("puts each category under the last with its gap, and each series' bar under the one before", () => {
    const rows = barRows(LAYOUT, 3);
    expect(rows.groupHeight).toBe(3 * 16 + 2 * 4);
    expect(rows.groupTop(0)).toBe(8);
    expect(rows.groupTop(1)).toBe(8 + rows.groupHeight + 18);
    expect(rows.barY(1, 2)).toBe(rows.groupTop(1) + 2 * 20);
    expect(rows.bottom(2)).toBe(8 + 2 * rows.groupHeight + 18);
    expect(rows.bottom(0)).toBe(8);
  });
});

import { describe, expect, it } from "vitest";
import { skipsScroll, withinAScreen } from "./VirtualRows.js";

describe("withinAScreen", () => {
  it("holds a list on screen, or within a screen's height above or below it", () => {
    expect(withinAScreen(100, 5_000, 900)).toBe(true);
    expect(withinAScreen(1_700, 9_000, 900)).toBe(true);
    expect(withinAScreen(-5_000, -800, 900)).toBe(true);
  });

  it("leaves out a list further than a screen's height away", () => {
    expect(withinAScreen(1_801, 9_000, 900)).toBe(false);
    expect(withinAScreen(-5_000, -901, 900)).toBe(false);
  });
});

describe("skipsScroll", () => {
  it("leaves out the first scroll, to where the window already is", () => {
    expect(skipsScroll(true, 0, 0, {})).toBe(true);
    expect(skipsScroll(true, 240, 240, { adjustments: 0 })).toBe(true);
  });

  it("writes every later scroll, even to the offset the virtualizer holds (a correction after measuring)", () => {
    expect(skipsScroll(false, 240, 240, {})).toBe(false);
  });

  it("writes a first scroll that moves, corrects or animates the window", () => {
    expect(skipsScroll(true, 300, 0, {})).toBe(false);
    expect(skipsScroll(true, 0, 0, { adjustments: 12 })).toBe(false);
    expect(skipsScroll(true, 0, 0, { behavior: "smooth" })).toBe(false);
    expect(skipsScroll(true, 0, null, {})).toBe(false);
  });
});

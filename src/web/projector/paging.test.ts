import { describe, expect, it } from "vitest";
import { pagingStep } from "./paging.js";

describe("paging a presented report with the keyboard", () => {
  it("moves on with Page Down, the down arrow and the space bar, and back with Page Up, as a clicker sends them", () => {
    for (const key of ["PageDown", "ArrowDown", " "]) expect(pagingStep(key, "ltr")).toBe("next");
    for (const key of ["PageUp", "ArrowUp"]) expect(pagingStep(key, "rtl")).toBe("previous");
    expect([pagingStep("Home", "ltr"), pagingStep("End", "ltr"), pagingStep("a", "ltr")]).toEqual(["first", "last", null]);
  });

  it("follows the reading direction with the side arrows: left moves on in Arabic, right in English", () => {
    expect([pagingStep("ArrowRight", "ltr"), pagingStep("ArrowLeft", "ltr")]).toEqual(["next", "previous"]);
    expect([pagingStep("ArrowLeft", "rtl"), pagingStep("ArrowRight", "rtl")]).toEqual(["next", "previous"]);
  });
});

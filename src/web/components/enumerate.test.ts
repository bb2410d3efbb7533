import { describe, expect, it } from "vitest";
import { enumerate } from "./enumerate.js";

describe("a list shown as one phrase", () => {
  it("uses the Arabic comma in Arabic and the Latin comma in the other languages", () => {
    expect(enumerate(["المجموعة 1", "المجموعة 2"], "ar")).toBe("المجموعة 1، المجموعة 2");
    expect(enumerate(["Group 1", "Group 2"], "en")).toBe("Group 1, Group 2");
    expect(enumerate([1, 2, 3], "fr")).toBe("1, 2, 3");
    expect(enumerate([], "es")).toBe("");
  });
});

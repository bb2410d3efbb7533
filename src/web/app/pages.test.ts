import { describe, expect, it } from "vitest";
import * as pages from "./pages.js";

describe("pages", () => {
  it("each page is loaded on first show, not with the app", () => {
    const kinds = Object.values(pages).map((p) => (p as unknown as { $$typeof: symbol }).$$typeof);
    expect(kinds.length).toBeGreaterThan(20);
    expect(new Set(kinds)).toEqual(new Set([Symbol.for("react.lazy")]));
  });
});

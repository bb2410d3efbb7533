import { describe, expect, it } from "vitest";
import { isolate } from "./isolate.js";

describe("isolate", () => {
  it("wraps the text in a first-strong isolate and its closing mark, and nothing else", () => {
    expect(isolate("Delegation of Spain")).toBe("\u2068Delegation of Spain\u2069");
    expect([...isolate("وفد مصر")].at(0)).toBe("\u2068");
    expect([...isolate("وفد مصر")].at(-1)).toBe("\u2069");
  });
});

import { describe, expect, it } from "vitest";
import { diffWords } from "../domain/text/diff.js";
import { compactChanges, expandChanges } from "./changes.js";

describe("changes named by place in the wording they amend", () => {
  const before = "Calls upon parliaments to act, within their mandates, without delay;";
  const after = "Calls upon all parliaments to act without delay and in good faith;";

  it("keeps only the inserted words and reads the others back from the wording", () => {
    const changes = diffWords(before, after, "en");
    const compact = compactChanges(changes, before);
    expect(compact.filter((c) => c.op !== "insert").every((c) => "from" in c)).toBe(true);
    expect(JSON.stringify(compact)).not.toContain("within their mandates");
    expect(expandChanges(compact, before)).toEqual(changes);
  });

  it("leaves the runs with their text when the wording is not the one they start from", () => {
    const changes = diffWords(before, after, "en");
    expect(compactChanges(changes, `${before} `)).toEqual(changes);
    expect(compactChanges(changes, before.replace("parliaments", "governments"))).toEqual(changes);
    expect(expandChanges(changes, "")).toEqual(changes);
  });

  it("names a whole deletion by place, and an insertion carries its words", () => {
    expect(compactChanges(diffWords(before, "", "en"), before)).toEqual([{ op: "delete", from: 0, length: before.length }]);
    expect(compactChanges(diffWords("", after, "en"), "")).toEqual([{ op: "insert", text: after }]);
  });
});

import { describe, expect, it } from "vitest";
import { asId, type ParagraphId } from "../ids.js";
import { placeLabel, placeWords } from "./place-label.js";

const labels = new Map<ParagraphId, string>([
  [asId<ParagraphId>("p6"), "OP6"],
  [asId<ParagraphId>("s1"), "OP4(a)"],
]);

describe("a place of the draft", () => {
  it.each([
    ["p6", "OP6", { kind: "paragraph", label: "OP6" }],
    ["title", "title", { kind: "title" }],
    ["first:preambular", "new first preambular paragraph", { kind: "first", paragraphKind: "preambular" }],
    ["after:p6", "new paragraph after OP6", { kind: "after", label: "OP6" }],
    ["after:s1", "new paragraph after OP4(a)", { kind: "after", label: "OP4(a)" }],
  ])("%s reads %s in English and is worded from its parts on a screen", (target, english, words) => {
    expect(placeLabel(target, labels)).toBe(english);
    expect(placeWords(target, placeLabel(target, labels))).toEqual(words);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { consolidate } from "./consolidate.js";
import { consolidateOnce, forgetSharedResults, votingOrderOnce } from "./shared-results.js";
import { amendment, draftOf } from "./test-factories.js";
import { votingOrder } from "./voting-order.js";

const DRAFT = draftOf([
  ["preambular", "Recalling the Convention on the Rights of the Child,"],
  ["operative", "Calls upon parliaments to adopt legislation;"],
  ["operative", "Urges governments to protect victims;"],
]);
const op1 = DRAFT.paragraphs[1]!.id;
const op2 = DRAFT.paragraphs[2]!.id;
const accepted = amendment("A1", {
  action: "amend",
  target: op1,
  text: "Calls upon all parliaments to adopt legislation;",
  status: "accepted",
});
const submitted = amendment("A2", { action: "delete", target: op2, status: "submitted" });

describe("results shared while the question is the same", () => {
  beforeEach(() => forgetSharedResults());

  it("answers equal questions, asked with fresh copies as each reader's read makes them, with the one result", () => {
    const first = consolidateOnce(DRAFT, [accepted, submitted]);
    const again = consolidateOnce(structuredClone(DRAFT), structuredClone([accepted, submitted]));
    expect(again).toBe(first);
    expect(first).toEqual(consolidate(DRAFT, [accepted, submitted]));
    expect(votingOrderOnce(structuredClone(DRAFT), [submitted])).toBe(votingOrderOnce(DRAFT, [submitted]));
    expect(votingOrderOnce(DRAFT, [submitted])).toEqual(votingOrder(DRAFT, [submitted]));
  });

  it("answers anew when anything in the question differs: an amendment's status, its words, the draft, the language", () => {
    const first = consolidateOnce(DRAFT, [accepted]);
    const rejected = consolidateOnce(DRAFT, [{ ...accepted, status: "rejected" }]);
    expect(rejected).not.toBe(first);
    expect(rejected.revised.paragraphs).toEqual(DRAFT.paragraphs);
    const reworded = consolidateOnce(DRAFT, [{ ...accepted, text: "Calls upon every parliament to adopt legislation;" }]);
    expect(reworded).toEqual(consolidate(DRAFT, [{ ...accepted, text: "Calls upon every parliament to adopt legislation;" }]));
    const otherDraft = draftOf([["operative", "Calls upon parliaments to adopt legislation;"]]);
    expect(consolidateOnce(otherDraft, [])).not.toBe(consolidateOnce(DRAFT, []));
    expect(consolidateOnce(DRAFT, [accepted], { language: "fr" })).not.toBe(first);
  });

  it("keeps only the last few results", () => {
    const first = consolidateOnce(DRAFT, []);
    for (let i = 0; i < 8; i++) consolidateOnce(DRAFT, [{ ...accepted, text: `Calls upon ${i} parliaments to adopt legislation;` }]);
    expect(consolidateOnce(DRAFT, [])).not.toBe(first);
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { asId, type AmendmentId } from "../ids.js";
import type { AmendmentStatus } from "./amendment.js";
import { AMENDMENT_TRANSITIONS, transition, type AmendmentTransition, type AmendmentTransitionType } from "./amendment-workflow.js";
import { amendment } from "./test-factories.js";

const STATUSES: AmendmentStatus[] = ["draft", "submitted", "withdrawn", "accepted", "rejected", "accepted_as_revised", "merged"];
const ACTIONS: AmendmentTransition[] = [
  { type: "submit" },
  { type: "withdraw" },
  { type: "accept" },
  { type: "reject" },
  { type: "accept_as_revised", revisedText: "Revised wording" },
  { type: "merge", into: asId<AmendmentId>("C1") },
  { type: "reopen", reason: "Counted twice" },
];
const EXPECTED: Record<string, AmendmentStatus> = {
  "draft/submit": "submitted",
  "submitted/withdraw": "withdrawn",
  "submitted/accept": "accepted",
  "submitted/reject": "rejected",
  "submitted/accept_as_revised": "accepted_as_revised",
  "submitted/merge": "merged",
  "accepted/reopen": "submitted",
  "rejected/reopen": "submitted",
  "accepted_as_revised/reopen": "submitted",
  "merged/reopen": "submitted",
};

describe("amendment transition table", () => {
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      const key = `${status}/${action.type}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        const a = amendment("A1", { action: "amend", target: null, text: "x", status });
        if (to) expect(transition(a, action).status).toBe(to);
        else expect(() => transition(a, action)).toThrowError(expect.objectContaining({ code: "invalid_transition" }) as unknown as Error);
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(AMENDMENT_TRANSITIONS).flatMap(([from, row]) =>
      Object.entries(row).map(([t, to]) => [`${from}/${t as AmendmentTransitionType}`, to]),
    );
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });

  it("records the revised wording and the compromise", () => {
    const a = amendment("A1", { action: "amend", text: "x", status: "submitted" });
    expect(transition(a, { type: "accept_as_revised", revisedText: "y" }).revisedText).toBe("y");
    expect(transition(a, { type: "merge", into: asId<AmendmentId>("C1") }).mergedInto).toBe("C1");
  });

  it("reopens a decision: the amendment awaits a decision again, without the revised wording or compromise", () => {
    const revised = transition(amendment("A1", { action: "amend", text: "x", status: "submitted" }), {
      type: "accept_as_revised",
      revisedText: "y",
    });
    const reopened = transition(revised, { type: "reopen", reason: "The wording was misread" });
    expect(reopened).toMatchObject({ status: "submitted", text: "x" });
    expect(reopened.revisedText).toBeUndefined();
    const merged = transition(amendment("A2", { action: "amend", text: "x", status: "submitted" }), {
      type: "merge",
      into: asId<AmendmentId>("C1"),
    });
    expect(transition(merged, { type: "reopen", reason: "Wrong compromise" }).mergedInto).toBeUndefined();
  });

  it("refuses to reopen without a reason", () => {
    const a = amendment("A1", { action: "amend", text: "x", status: "accepted" });
    expect(() => transition(a, { type: "reopen", reason: "  " })).toThrow(/why the decision is reopened/);
  });

  it("refuses an empty revised wording and a merge into itself", () => {
    const a = amendment("A1", { action: "amend", text: "x", status: "submitted" });
    expect(() => transition(a, { type: "accept_as_revised", revisedText: " " })).toThrow(DomainError);
    expect(() => transition(a, { type: "merge", into: a.id })).toThrow(/itself/);
  });
});

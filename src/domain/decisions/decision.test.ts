import { describe, expect, it } from "vitest";
import { checkDecision, countsOf, isCarried, type Decision } from "./decision.js";

describe("decisions", () => {
  it("consensus carries and has no counts", () => {
    expect(isCarried({ method: "consensus" })).toBe(true);
    expect(countsOf({ method: "consensus" })).toBeNull();
  });

  it("a show of hands carries with more for than against; abstentions do not count", () => {
    expect(isCarried({ method: "show_of_hands", for: 12, against: 3, abstain: 20 })).toBe(true);
    expect(isCarried({ method: "show_of_hands", for: 5, against: 5, abstain: 0 })).toBe(false);
  });

  it("a roll call is counted from the names called", () => {
    const d: Decision = {
      method: "roll_call",
      votes: [
        { voter: "Spain", vote: "for" },
        { voter: "Mexico", vote: "against" },
        { voter: "Kenya", vote: "for" },
      ],
    };
    expect(countsOf(d)).toEqual({ for: 2, against: 1, abstain: 0 });
    expect(isCarried(d)).toBe(true);
  });

  it("refuses negative or fractional counts and a member called twice, naming the field", () => {
    expect(() => checkDecision({ method: "show_of_hands", for: -1, against: 0, abstain: 0 })).toThrowError(
      expect.objectContaining({
        code: "validation_failed",
        issues: [expect.objectContaining({ path: "decision.for" })],
      }) as unknown as Error,
    );
    expect(() => checkDecision({ method: "show_of_hands", for: 1.5, against: 0, abstain: 0 })).toThrow();
    expect(() =>
      checkDecision({
        method: "roll_call",
        votes: [
          { voter: "Spain", vote: "for" },
          { voter: " spain", vote: "against" },
        ],
      }),
    ).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ path: "decision.votes[1].voter" })] }) as unknown as Error);
    expect(() => checkDecision({ method: "roll_call", votes: [] })).toThrow();
  });
});

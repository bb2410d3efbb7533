import { DomainError } from "../errors.js";

/** How a body took a decision: consensus, a show of hands counted by the chair, an electronic vote, or a roll call. */
export type Decision =
  | { readonly method: "consensus" }
  | { readonly method: "show_of_hands"; readonly for: number; readonly against: number; readonly abstain: number }
  | { readonly method: "electronic"; readonly voteId: string; readonly for: number; readonly against: number; readonly abstain: number }
  | { readonly method: "roll_call"; readonly votes: readonly RollCallVote[] };

/** Every way a body takes a decision, in the order of `Decision`. */
export const DECISION_METHODS = ["consensus", "show_of_hands", "electronic", "roll_call"] as const satisfies readonly Decision["method"][];

/** The ways a person records a body's decision by hand; an electronic vote records its own. */
export const ENTERED_METHODS = ["consensus", "show_of_hands", "roll_call"] as const;
export type EnteredMethod = (typeof ENTERED_METHODS)[number];

/** A member's position in a counted decision, in the order counts are given. */
export const POSITIONS = ["for", "against", "abstain"] as const;
export type Position = (typeof POSITIONS)[number];

/** One name called in a roll call and how that member voted. */
export interface RollCallVote {
  readonly voter: string;
  readonly vote: Position;
}

export interface Counts {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** The for/against/abstain counts of a decision; consensus has none. */
export const countsOf = (d: Decision): Counts | null => {
  switch (d.method) {
    case "consensus":
      return null;
    case "show_of_hands":
    case "electronic":
      return { for: d.for, against: d.against, abstain: d.abstain };
    case "roll_call":
      return {
        for: d.votes.filter((v) => v.vote === "for").length,
        against: d.votes.filter((v) => v.vote === "against").length,
        abstain: d.votes.filter((v) => v.vote === "abstain").length,
      };
  }
};

/** A proposal is carried by consensus, or by more votes for than against (abstentions do not count). */
export const isCarried = (d: Decision): boolean => {
  const counts = countsOf(d);
  return counts === null || counts.for > counts.against;
};

const count = (value: number, path: string): void => {
  if (!Number.isInteger(value) || value < 0 || value > 100_000)
    throw new DomainError("validation_failed", `The count ${path} must be a whole number from 0`, [
      { path, message: "must be a whole number ≥ 0" },
    ]);
};

/** Checks a decision as entered by a person: whole counts, each member called once in a roll call. */
export const checkDecision = (d: Decision, path = "decision"): Decision => {
  if (d.method === "show_of_hands" || d.method === "electronic") {
    count(d.for, `${path}.for`);
    count(d.against, `${path}.against`);
    count(d.abstain, `${path}.abstain`);
  }
  if (d.method === "roll_call") {
    if (d.votes.length === 0)
      throw new DomainError("validation_failed", "A roll call names at least one member", [{ path: `${path}.votes`, message: "is empty" }]);
    const seen = new Set<string>();
    d.votes.forEach((v, i) => {
      const key = v.voter.trim().toLowerCase();
      if (seen.has(key))
        throw new DomainError("validation_failed", `${v.voter} is called twice in the roll call`, [
          { path: `${path}.votes[${i}].voter`, message: "called twice" },
        ]);
      seen.add(key);
    });
  }
  return d;
};

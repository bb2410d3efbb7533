import { POSITIONS } from "../decisions/decision.js";
import type { Counts, Decision } from "../decisions/decision.js";
import { DomainError } from "../errors.js";
import type { AccountId, DiscussionGroupId } from "../ids.js";

/** A member's answer in an electronic vote. */
export const CHOICES = ["yes", "no", "abstain"] as const;
export type Choice = (typeof CHOICES)[number];

/** An electronic vote is cast by the members present, one ballot each (offered first); a show of hands is counted by the chair. */
export const VOTE_KINDS = ["electronic", "show_of_hands"] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const VOTE_STATUSES = ["open", "closed"] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** A closed round kept when a vote is reopened: nothing counted is ever forgotten. */
export interface ClosedRound {
  readonly round: number;
  readonly counts: Counts;
  readonly reopenedBecause: string;
}

/** A vote put to the members of a discussion group on one subject, e.g. `recommendation:ID`. */
export interface Vote {
  readonly id: string;
  readonly subject: string;
  readonly groupId: DiscussionGroupId;
  readonly kind: VoteKind;
  readonly status: VoteStatus;
  /** 1, then one more at each recorded reopening. */
  readonly round: number;
  /** Electronic ballots of the current round, by voter. */
  readonly ballots: Readonly<Record<string, Choice>>;
  /** The result, set when the vote closes and never before. */
  readonly counts: Counts | null;
  readonly history: readonly ClosedRound[];
}

export type VoteTransition =
  | { readonly type: "cast"; readonly voter: AccountId; readonly choice: Choice }
  | { readonly type: "close"; readonly counts?: Counts | null }
  | { readonly type: "reopen"; readonly reason: string };

export type VoteTransitionType = VoteTransition["type"];

/** The one table of the vote workflow: ballots only while open, closing once, reopening only as a recorded step. */
export const VOTE_TRANSITIONS: Readonly<Record<VoteStatus, Readonly<Partial<Record<VoteTransitionType, VoteStatus>>>>> = {
  open: { cast: "open", close: "closed" },
  closed: { reopen: "open" },
};

/** A vote as it opens: no ballots, no result. */
export const openVote = (id: string, subject: string, groupId: DiscussionGroupId, kind: VoteKind): Vote => ({
  id,
  subject,
  groupId,
  kind,
  status: "open",
  round: 1,
  ballots: {},
  counts: null,
  history: [],
});

/** The counts of the electronic ballots: each voter counted once. */
export const countBallots = (ballots: Readonly<Record<string, Choice>>): Counts => {
  const all = Object.values(ballots);
  return {
    for: all.filter((c) => c === "yes").length,
    against: all.filter((c) => c === "no").length,
    abstain: all.filter((c) => c === "abstain").length,
  };
};

const refuse = (vote: Vote, type: VoteTransitionType): never => {
  const verb = type === "cast" ? "take ballots" : type;
  throw new DomainError("invalid_transition", `The vote is ${vote.status}; it cannot ${verb}`, [], {
    from: vote.status,
    action: type,
    round: vote.round,
  });
};

const checkCounts = (counts: Counts): Counts => {
  for (const key of POSITIONS) {
    if (!Number.isInteger(counts[key]) || counts[key] < 0)
      throw new DomainError("validation_failed", `The count "${key}" must be a whole number from 0`, [
        { path: `counts.${key}`, message: "must be a whole number ≥ 0" },
      ]);
  }
  return counts;
};

/**
 * Applies one step of the table. A ballot repeated with the same choice (a second tab, a reconnect) changes
 * nothing; a different choice from a voter who already voted is refused.
 */
export const applyVote = (vote: Vote, step: VoteTransition): Vote => {
  const status = VOTE_TRANSITIONS[vote.status][step.type] ?? refuse(vote, step.type);
  switch (step.type) {
    case "cast": {
      if (vote.kind !== "electronic")
        throw new DomainError("invalid_transition", "A show of hands takes no ballots; the chair enters the counts", [], {
          kind: vote.kind,
        });
      const previous = vote.ballots[step.voter];
      if (previous === step.choice) return vote;
      if (previous !== undefined)
        throw new DomainError("conflict", "You have already voted in this round; one vote each", [], {
          choice: previous,
          round: vote.round,
        });
      return { ...vote, ballots: { ...vote.ballots, [step.voter]: step.choice } };
    }
    case "close": {
      if (vote.kind === "show_of_hands") {
        if (!step.counts)
          throw new DomainError("validation_failed", "A show of hands closes with the counts the chair saw", [
            { path: "counts", message: "required" },
          ]);
        return { ...vote, status, counts: checkCounts(step.counts) };
      }
      if (step.counts)
        throw new DomainError("validation_failed", "An electronic vote is counted from its ballots", [
          { path: "counts", message: "not allowed" },
        ]);
      return { ...vote, status, counts: countBallots(vote.ballots) };
    }
    case "reopen": {
      if (!step.reason.trim())
        throw new DomainError("validation_failed", "A reopening states its reason", [{ path: "reason", message: "required" }]);
      const closed: ClosedRound = { round: vote.round, counts: vote.counts ?? countBallots(vote.ballots), reopenedBecause: step.reason };
      return { ...vote, status, round: vote.round + 1, ballots: {}, counts: null, history: [...vote.history, closed] };
    }
  }
};

/** The decision a closed vote records; null while it is open. */
export const decisionOf = (vote: Vote): Decision | null => {
  if (vote.status !== "closed" || !vote.counts) return null;
  return vote.kind === "electronic"
    ? { method: "electronic", voteId: vote.id, ...vote.counts }
    : { method: "show_of_hands", ...vote.counts };
};

/** What a member sees: the result only once closed, while open only how many voted and their own ballot. */
export const voteView = (vote: Vote, viewer: AccountId | null) => ({
  id: vote.id,
  subject: vote.subject,
  groupId: vote.groupId,
  kind: vote.kind,
  status: vote.status,
  round: vote.round,
  ballotsCast: Object.keys(vote.ballots).length,
  myChoice: viewer === null ? null : (vote.ballots[viewer] ?? null),
  counts: vote.status === "closed" ? vote.counts : null,
  history: vote.history,
});

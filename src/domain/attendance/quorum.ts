import { DomainError } from "../errors.js";
import { refusal } from "../refusals.js";
import type { Tally } from "./attendance.js";

/** The minimum present for a valid vote: more than half the members, at least a fraction of them, or a number. */
export type QuorumMinimum =
  | { readonly kind: "majority" }
  | { readonly kind: "fraction"; readonly numerator: number; readonly denominator: number }
  | { readonly kind: "count"; readonly members: number };

/** Without quorum a vote is refused, or opened and closed with a warning recorded. */
export const WHEN_QUORUM_MISSING = ["refuse", "warn"] as const;
export type WhenQuorumMissing = (typeof WHEN_QUORUM_MISSING)[number];

/** A body's rules of attendance: its quorum, whether remote members and proxies count, and what a vote does without quorum. */
export interface QuorumRule {
  readonly minimum: QuorumMinimum;
  readonly remoteCounts: boolean;
  readonly proxiesAllowed: boolean;
  /** How many absent members one present member may vote for. */
  readonly proxiesPerHolder: number;
  /** Whether a proxy held counts its absent giver toward the quorum. */
  readonly proxiesCountForQuorum: boolean;
  /** Without quorum a vote is refused, or opened and closed with a warning recorded. */
  readonly whenMissing: WhenQuorumMissing;
}

/** A body that set no rule: a majority of members, remote members counted, no proxies, a warning only. */
export const DEFAULT_QUORUM_RULE: QuorumRule = {
  minimum: { kind: "majority" },
  remoteCounts: true,
  proxiesAllowed: false,
  proxiesPerHolder: 1,
  proxiesCountForQuorum: false,
  whenMissing: "warn",
};

/** Checks a rule entered by the secretariat: whole positive numbers, a fraction not above one. */
export const checkQuorumRule = (rule: QuorumRule): QuorumRule => {
  const m = rule.minimum;
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (m.kind === "fraction" && (!whole(m.numerator, 1) || !whole(m.denominator, 1) || m.numerator > m.denominator))
    throw new DomainError("validation_failed", "A quorum fraction is between 1/n and 1", [
      { path: "minimum", message: "invalid fraction" },
    ]);
  if (m.kind === "count" && !whole(m.members, 1))
    throw new DomainError("validation_failed", "A quorum of members is a whole number from 1", [
      { path: "minimum.members", message: "≥ 1" },
    ]);
  if (!whole(rule.proxiesPerHolder, 0) || rule.proxiesPerHolder > 20)
    throw new DomainError("validation_failed", "Proxies per holder is a whole number from 0 to 20", [
      { path: "proxiesPerHolder", message: "0–20" },
    ]);
  return rule;
};

/** How many members must be counted present for the given membership. */
export const required = (minimum: QuorumMinimum, members: number): number => {
  switch (minimum.kind) {
    case "majority":
      return Math.floor(members / 2) + 1;
    case "fraction":
      return Math.ceil((members * minimum.numerator) / minimum.denominator);
    case "count":
      return minimum.members;
  }
};

/** Where a body stands for a vote: who counts, how many are required, whether the vote has quorum. */
export interface QuorumState {
  readonly tally: Tally;
  /** Absent members represented by a present holder's proxy. */
  readonly proxies: number;
  readonly counted: number;
  readonly required: number;
  readonly met: boolean;
  readonly whenMissing: WhenQuorumMissing;
}

/** Pure: the quorum of a vote from the tally and the proxies held, by the body's rule. */
export const quorumOf = (rule: QuorumRule, tally: Tally, proxies: number): QuorumState => {
  const present = tally.inHall + (rule.remoteCounts ? tally.remote : 0);
  const byProxy = rule.proxiesAllowed && rule.proxiesCountForQuorum ? Math.min(proxies, tally.members - present) : 0;
  const counted = present + Math.max(0, byProxy);
  const need = required(rule.minimum, tally.members);
  return { tally, proxies, counted, required: need, met: counted >= need, whenMissing: rule.whenMissing };
};

/** Refuses a vote without quorum when the body's rule says so; otherwise returns the state for the record. */
export const enforceQuorum = (state: QuorumState, action: "open" | "close"): QuorumState => {
  if (!state.met && state.whenMissing === "refuse")
    throw refusal(
      action === "open" ? "quorum_missing_open" : "quorum_missing_close",
      { counted: state.counted, required: state.required },
      [],
      { quorum: state },
    );
  return state;
};

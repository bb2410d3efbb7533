import type { Position } from "../../domain/decisions/decision.js";
import type { Decision } from "../../domain/decisions/decision.js";
import { directionOf, type Language } from "../../domain/language.js";
import type { Choice, VoteKind, VoteStatus } from "../../domain/votes/vote.js";
import type { ExportSheet } from "./table.js";
import { TABLE_WORDING, type TableWording } from "./wording.js";

/** One named voter's vote. */
export interface VoterRow {
  readonly voter: string;
  readonly delegation: string | null;
  readonly vote: Position;
}

/** A vote of a sitting: a discussion group's, or a committee decision on an amendment. */
export type VoteRow =
  | {
      readonly source: "group";
      readonly where: string;
      readonly subject: string;
      readonly kind: VoteKind;
      readonly status: VoteStatus;
      readonly round: number;
      readonly counts: { readonly for: number; readonly against: number; readonly abstain: number } | null;
      /** The ballots of an electronic vote by name; none for a show of hands. */
      readonly voters: readonly VoterRow[];
    }
  | {
      readonly source: "committee";
      readonly where: string;
      readonly amendment: number;
      readonly decision: Decision;
      readonly voters: readonly VoterRow[];
    };

/** An electronic ballot's choice as a position. */
export const positionOf = (c: Choice): VoterRow["vote"] => (c === "yes" ? "for" : c === "no" ? "against" : "abstain");

const subjectOf = (w: TableWording, subject: string): string => (subject.startsWith("recommendation:") ? w.recommendation : subject);

const counted = (r: VoteRow) => {
  if (r.source === "committee") {
    const d = r.decision;
    if (d.method === "show_of_hands" || d.method === "electronic") return { for: d.for, against: d.against, abstain: d.abstain };
    if (d.method === "roll_call") return null;
    return null;
  }
  return r.counts;
};

const tally = (r: VoteRow) => {
  const c = counted(r);
  if (c) return c;
  if (r.voters.length === 0) return null;
  const n = (v: VoterRow["vote"]) => r.voters.filter((x) => x.vote === v).length;
  return { for: n("for"), against: n("against"), abstain: n("abstain") };
};

/**
 * The votes of a sitting as two sheets: each vote with its method, status and counts and its voters in one cell;
 * then one row per named voter of an electronic or roll-call vote.
 */
export const voteSheets = (rows: readonly VoteRow[], language: Language): ExportSheet[] => {
  const w = TABLE_WORDING[language];
  const direction = directionOf(language);
  const label = (r: VoteRow) => (r.source === "committee" ? w.amendment(r.amendment) : subjectOf(w, r.subject));
  const widths = [30, 24, 18, 10, 8, 8, 8, 8, 60];
  const votes: ExportSheet = {
    name: w.votesSheet,
    direction,
    columns: w.voteColumns.map((header, i) => ({ header, width: widths[i] ?? 16 })),
    rows: rows.map((r) => {
      const c = tally(r);
      return [
        r.where,
        label(r),
        r.source === "committee" ? w.method[r.decision.method] : w.method[r.kind],
        r.source === "committee" ? w.voteStatus.closed : w.voteStatus[r.status],
        r.source === "committee" ? 1 : r.round,
        c?.for ?? null,
        c?.against ?? null,
        c?.abstain ?? null,
        r.voters.map((v) => `${v.voter}${v.delegation ? ` (${v.delegation})` : ""}: ${w.position[v.vote]}`).join(w.separator),
      ];
    }),
  };
  const voters: ExportSheet = {
    name: w.votersSheet,
    direction,
    columns: w.voterColumns.map((header, i) => ({ header, width: [30, 30, 24, 12][i] ?? 16 })),
    rows: rows.flatMap((r) => r.voters.map((v) => [`${r.where} — ${label(r)}`, v.voter, v.delegation, w.position[v.vote]])),
  };
  return [votes, voters];
};

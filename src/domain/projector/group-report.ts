import type { VoteStatus } from "../votes/vote.js";
import { countsOf, isCarried, type Counts, type Decision } from "../decisions/decision.js";
import type { Language } from "../language.js";
import type { MultilingualText } from "../multilingual.js";
import type { RecommendationStatus, RecommendationText } from "../recommendations/recommendation.js";
import type { ClosedRound, VoteKind } from "../votes/vote.js";

/** The group's texts on one guiding question (or general, question null), each in the language it was written in. */
export interface ReportSection {
  readonly questionId: string | null;
  readonly question: MultilingualText | null;
  readonly versions: readonly { readonly language: Language; readonly text: string }[];
}

/** A recommendation as the hall reads it: which draft it concerns, where it stands, its texts by question. */
export interface ReportRecommendation {
  readonly id: string;
  readonly draftSymbol: string;
  readonly status: RecommendationStatus;
  readonly sections: readonly ReportSection[];
}

/** A delegation that took part in the group's work: contributions recorded, turns spoken. */
export interface ReportContributor {
  readonly delegation: string;
  readonly contributions: number;
  readonly turns: number;
}

/** One counted decision of the group on a recommendation: a closed round of a vote, or the agreement as recorded. */
export interface ReportVote {
  readonly recommendationId: string;
  readonly draftSymbol: string;
  readonly method: Decision["method"];
  readonly round: number;
  readonly counts: Counts | null;
  readonly carried: boolean;
}

/**
 * What a group's report shows on a screen. `presented` is false until one of its recommendations is public
 * (presented to the body): until then the group's work is its own and the report shows nothing of it.
 */
export interface GroupReportContent {
  readonly presented: boolean;
  readonly recommendations: readonly ReportRecommendation[];
  readonly contributors: readonly ReportContributor[];
  readonly votes: readonly ReportVote[];
}

/** One page of the report on a screen: the cover, one question of one recommendation, who contributed, the votes. */
export type ReportPage =
  | { readonly part: "cover" }
  | { readonly part: "recommendation"; readonly recommendation: number; readonly section: number }
  | { readonly part: "contributors" }
  | { readonly part: "votes" };

/** The pages of a report in the order the rapporteur presents them; only the cover until the report is public. */
export const reportPages = (r: GroupReportContent): ReportPage[] => {
  if (!r.presented) return [{ part: "cover" }];
  const pages: ReportPage[] = [{ part: "cover" }];
  r.recommendations.forEach((rec, recommendation) =>
    rec.sections.forEach((_, section) => pages.push({ part: "recommendation", recommendation, section })),
  );
  if (r.contributors.length > 0) pages.push({ part: "contributors" });
  if (r.votes.length > 0) pages.push({ part: "votes" });
  return pages;
};

/** The page a slide's number names, the last one past the end: a report that shrank never shows an empty screen. */
export const reportPageAt = (pages: readonly ReportPage[], page: number): { readonly page: ReportPage; readonly index: number } => {
  const index = Math.max(0, Math.min(Math.trunc(page), pages.length - 1));
  return { page: pages[index] ?? { part: "cover" }, index };
};

/** A recommendation's texts grouped by question: general texts first, then the group's guiding questions in order. */
export const reportSections = (
  texts: readonly RecommendationText[],
  questions: readonly { readonly id: string; readonly text: MultilingualText }[],
): ReportSection[] => {
  const on = (questionId: string | null) =>
    texts.filter((t) => t.questionId === questionId && t.text.trim() !== "").map((t) => ({ language: t.language, text: t.text }));
  const general = on(null);
  return [
    ...(general.length ? [{ questionId: null, question: null, versions: general }] : []),
    ...questions.flatMap((q) => {
      const versions = on(q.id);
      return versions.length ? [{ questionId: q.id, question: q.text, versions }] : [];
    }),
  ];
};

/** A vote on a recommendation as the report counts it: its kind and every closed round, never a running count. */
export interface ClosedVote {
  readonly kind: VoteKind;
  readonly status: VoteStatus;
  readonly round: number;
  readonly counts: Counts | null;
  readonly history: readonly ClosedRound[];
}

const carriedBy = (c: Counts): boolean => c.for > c.against;

/**
 * The counted decisions on one recommendation: each closed round of its votes, oldest first; the agreement as
 * recorded when no vote was held (consensus, a roll call, counts entered by the chair).
 */
export const reportVotes = (
  r: { readonly id: string; readonly draftSymbol: string; readonly agreement: Decision | null },
  votes: readonly ClosedVote[],
): ReportVote[] => {
  const rounds: ReportVote[] = votes.flatMap((v) => [
    ...v.history.map((h) => ({
      recommendationId: r.id,
      draftSymbol: r.draftSymbol,
      method: v.kind,
      round: h.round,
      counts: h.counts,
      carried: carriedBy(h.counts),
    })),
    ...(v.status === "closed" && v.counts
      ? [
          {
            recommendationId: r.id,
            draftSymbol: r.draftSymbol,
            method: v.kind,
            round: v.round,
            counts: v.counts,
            carried: carriedBy(v.counts),
          },
        ]
      : []),
  ]);
  if (rounds.length > 0 || r.agreement === null) return rounds;
  return [
    {
      recommendationId: r.id,
      draftSymbol: r.draftSymbol,
      method: r.agreement.method,
      round: 1,
      counts: countsOf(r.agreement),
      carried: isCarried(r.agreement),
    },
  ];
};

/** Contributions and turns counted by delegation, most active first, then by name in the hall's collation order. */
export const contributorCounts = (
  contributions: readonly { readonly delegation: string }[],
  turns: readonly { readonly delegation: string }[],
): ReportContributor[] => {
  const by = new Map<string, { contributions: number; turns: number }>();
  const entry = (d: string) => by.get(d) ?? by.set(d, { contributions: 0, turns: 0 }).get(d)!;
  for (const c of contributions) if (c.delegation.trim()) entry(c.delegation.trim()).contributions++;
  for (const t of turns) if (t.delegation.trim()) entry(t.delegation.trim()).turns++;
  return [...by.entries()]
    .map(([delegation, n]) => ({ delegation, ...n }))
    .sort((a, b) => b.contributions + b.turns - (a.contributions + a.turns) || a.delegation.localeCompare(b.delegation));
};

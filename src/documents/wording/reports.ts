import type { Gender } from "../../domain/model.js";
import type { AgeBand } from "../../domain/participation/age-band.js";
import type { RecommendationStatus } from "../../domain/recommendations/recommendation.js";

/** The fixed wording of the group and participation reports in one language. */
export interface ReportWording {
  readonly groupReport: string;
  readonly room: string;
  readonly chair: string;
  readonly rapporteur: string;
  readonly notDesignated: string;
  readonly recommendations: string;
  readonly recommendationOn: (draft: string, status: RecommendationStatus) => string;
  readonly general: string;
  readonly noRecommendations: string;
  readonly proposedAmendments: string;
  readonly noProposedAmendments: string;
  readonly contributions: string;
  readonly contributionsAsMade: string;
  readonly noContributions: string;
  readonly participation: string;
  readonly participationHidden: string;
  readonly participationReport: string;
  readonly participationIntro: string;
  readonly wholeSitting: string;
  readonly plenary: string;
  readonly byGender: string;
  readonly byAge: string;
  readonly totals: (members: number, speakers: number, turns: number, time: string) => string;
  readonly columns: readonly [string, string, string, string, string];
  readonly series: readonly [string, string, string];
  readonly gender: (g: Gender) => string;
  readonly age: (a: AgeBand) => string;
  /** A speaking time: "3 min 05 s". */
  readonly duration: (seconds: number) => string;
}

/** "3 min 05 s" with the language's unit words. */
export const durationWith =
  (minutes: string, seconds: string) =>
  (total: number): string => {
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0 ? `${m} ${minutes} ${String(s).padStart(2, "0")} ${seconds}` : `${s} ${seconds}`;
  };

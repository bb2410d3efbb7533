import type { z } from "zod";
import type { recommendationSchema } from "../../api/recommendations.js";
import type { tasksSchema } from "../../api/tasks.js";
import type { Change } from "../../domain/text/diff.js";
import type { AmendmentStatus } from "../../domain/text/amendment.js";
import type { Language } from "../../domain/language.js";
import type { Ml } from "../api/types.js";
import type { VotingPlace } from "../drafts/types.js";

/** Shapes of the recommendation, vote, submission, committee and provenance answers, as the web app reads them. */

export type DecisionInput =
  | { readonly method: "consensus" }
  | { readonly method: "show_of_hands"; readonly for: number; readonly against: number; readonly abstain: number };

export type Decision =
  | DecisionInput
  | { readonly method: "roll_call"; readonly votes: readonly { readonly voter: string; readonly vote: "for" | "against" | "abstain" }[] }
  | { readonly method: "electronic"; readonly voteId: string; readonly for: number; readonly against: number; readonly abstain: number };

export type RecommendationStatus = "drafting" | "agreed" | "presented" | "adopted" | "not_adopted";

export interface GroupAmendment {
  readonly id: string;
  readonly number: number;
  readonly action: "amend" | "insert" | "delete" | "amend_title";
  readonly status: string;
  readonly target: string | null;
  readonly targetLabel: string | null;
  readonly after: string | null;
  readonly kind: "preambular" | "operative" | null;
  readonly text: string | null;
  readonly language: Language;
  readonly justification: string | null;
  readonly contributions: readonly string[];
  readonly version: number;
  readonly changes: readonly Change[];
}

export interface RecommendationText {
  readonly questionId: string | null;
  readonly text: string;
  readonly language: Language;
  readonly contributions: readonly string[];
}

/** A recommendation with the reader's permissions, as the API answers it. */
export type Recommendation = z.output<typeof recommendationSchema>;

export interface Vote {
  readonly id: string;
  readonly subject: string;
  readonly groupId: string;
  readonly kind: "show_of_hands" | "electronic";
  readonly status: "open" | "closed";
  readonly round: number;
  readonly ballotsCast: number;
  readonly myChoice: "yes" | "no" | "abstain" | null;
  readonly counts: { readonly for: number; readonly against: number; readonly abstain: number } | null;
  readonly history: readonly {
    readonly round: number;
    readonly counts: { readonly for: number; readonly against: number; readonly abstain: number };
    readonly reopenedBecause: string;
  }[];
  readonly version: number;
}

export interface Proposal {
  readonly amendmentId: string;
  readonly recommendationId: string;
  readonly action: string;
  readonly text: string | null;
  readonly language: Language;
}

export interface AdoptionPlan {
  readonly bodyId: string;
  readonly draftId: string;
  readonly recommendations: readonly { readonly id: string; readonly groupId: string; readonly status: RecommendationStatus }[];
  readonly places: readonly {
    readonly key: string;
    readonly label: string;
    readonly conflict: boolean;
    readonly options: readonly (readonly Proposal[])[];
  }[];
}

export interface Adoption {
  readonly id: string;
  readonly bodyId: string;
  readonly draftId: string;
  readonly recommendationIds: readonly string[];
  readonly decision: Decision;
  readonly amendments: readonly {
    readonly id: string;
    readonly number: number;
    readonly key: string;
    readonly how: string;
    readonly sources: readonly { readonly amendmentId: string; readonly recommendationId: string }[];
  }[];
  readonly createdAt: string;
}

export interface Deadline {
  readonly draftId: string;
  readonly local: string;
  readonly timeZone: string;
  readonly instant: string;
  readonly description: string;
  readonly passed: boolean;
  readonly version: number;
}

export type CommitteeStatus = AmendmentStatus;

export interface Compilation {
  readonly draftId: string;
  readonly places: readonly {
    readonly target: string;
    readonly label: string;
    readonly wordings: readonly {
      readonly action: string;
      readonly text: string | null;
      readonly language: Language;
      /** A sub-amendment's wording: the amendment it amends. */
      readonly amends: string | null;
      readonly authors: readonly string[];
      readonly amendments: readonly {
        readonly id: string;
        readonly number: number;
        readonly author: string | null;
        readonly status: CommitteeStatus;
      }[];
    }[];
  }[];
  readonly votingOrder: readonly VotingPlace[];
}

export interface DecisionRecord {
  readonly id: string;
  readonly amendmentId: string;
  readonly bodyId: string;
  readonly transition: string;
  readonly decision: Decision;
  readonly decidedAt: string;
}

export interface Origin {
  readonly previousId: string | null;
  readonly previousLabel: string;
  readonly label: string | null;
  readonly outcome: "unchanged" | "amended" | "inserted" | "deleted" | "conflict";
  readonly amendments: readonly string[];
}

export interface DraftVersion {
  readonly draftId: string;
  readonly symbol: string;
  readonly stage: string;
  readonly version: number;
  readonly revisedFrom: string | null;
  readonly adoption: { readonly bodyId: string; readonly decision: Decision; readonly at: string } | null;
}

export interface TracedRecommendation {
  readonly id: string;
  readonly groupNumber: number;
  readonly groupTitle: Ml;
  readonly status: string;
  readonly agreement: Decision | null;
  readonly contributions: readonly { readonly id: string; readonly text: string | null }[];
}

export interface Trace {
  readonly id: string;
  readonly number: number;
  readonly action: string;
  readonly status: string;
  readonly text: string | null;
  readonly revisedText: string | null;
  readonly author: string | null;
  readonly submission: { readonly at: string; readonly late: boolean; readonly reason: string | null } | null;
  readonly decisions: readonly DecisionRecord[];
  readonly bodyAdoption: { readonly id: string; readonly bodyId: string; readonly decision: Decision; readonly how: string } | null;
  readonly recommendations: readonly TracedRecommendation[];
}

export interface Provenance {
  readonly draftId: string;
  readonly paragraphId: string;
  readonly label: string;
  readonly origin: Origin | null;
  readonly amendments: readonly Trace[];
  readonly previous: Provenance | null;
}

export interface RecommendationOutcome {
  readonly adoption: { readonly id: string; readonly decision: Decision; readonly at: string } | null;
  readonly proposals: readonly {
    readonly amendmentId: string;
    readonly number: number | null;
    readonly action: string | null;
    readonly text: string | null;
    readonly became: string | null;
    readonly bodyAmendment: {
      readonly id: string;
      readonly number: number;
      readonly status: string;
      readonly decisions: readonly DecisionRecord[];
    } | null;
    readonly paragraphs: readonly {
      readonly draftId: string;
      readonly paragraphId: string;
      readonly label: string | null;
      readonly outcome: string;
    }[];
  }[];
}

/** What waits for the reader on the start page, as the tasks answer gives it. */
export type Tasks = z.output<typeof tasksSchema>;
export type Task = Tasks["tasks"][number];

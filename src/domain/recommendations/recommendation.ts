import { checkDecision, isCarried, type Decision } from "../decisions/decision.js";
import { DomainError } from "../errors.js";
import type { AmendmentId, DiscussionGroupId } from "../ids.js";
import type { Language } from "../language.js";

/** drafting while the rapporteur writes; agreed by the group; presented to the body; then adopted or not. */
export const RECOMMENDATION_STATUSES = ["drafting", "agreed", "presented", "adopted", "not_adopted"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** The group's text on one guiding question (or general, questionId null), citing the contributions it draws on. */
export interface RecommendationText {
  readonly questionId: string | null;
  readonly text: string;
  readonly language: Language;
  readonly contributions: readonly string[];
}

/** A reopening, kept with its reason and the status it undid. */
export interface Reopening {
  readonly from: RecommendationStatus;
  readonly reason: string;
}

/** A discussion group's agreed output on a draft resolution: texts per guiding question and proposed amendments. */
export interface Recommendation {
  readonly id: string;
  readonly groupId: DiscussionGroupId;
  readonly draftId: string;
  readonly status: RecommendationStatus;
  readonly texts: readonly RecommendationText[];
  /** Proposed amendments, stored as amendments in status draft with provenance `recommendation:ID`. */
  readonly amendmentIds: readonly AmendmentId[];
  /** How the group agreed it: consensus recorded by the chair, or a vote. */
  readonly agreement: Decision | null;
  /** The body adoption that decided it. */
  readonly adoptionId: string | null;
  readonly reopenings: readonly Reopening[];
}

export type RecommendationTransition =
  | { readonly type: "edit"; readonly texts?: readonly RecommendationText[]; readonly amendmentIds?: readonly AmendmentId[] }
  | { readonly type: "agree"; readonly decision: Decision }
  | { readonly type: "present" }
  | { readonly type: "adopt"; readonly adoptionId: string }
  | { readonly type: "not_adopt"; readonly adoptionId: string }
  | { readonly type: "reopen"; readonly reason: string };

export type RecommendationTransitionType = RecommendationTransition["type"];

/** The one table of the recommendation workflow; reopening is the only way back. */
export const RECOMMENDATION_TRANSITIONS: Readonly<
  Record<RecommendationStatus, Readonly<Partial<Record<RecommendationTransitionType, RecommendationStatus>>>>
> = {
  drafting: { edit: "drafting", agree: "agreed" },
  agreed: { present: "presented", reopen: "drafting" },
  presented: { adopt: "adopted", not_adopt: "not_adopted", reopen: "drafting" },
  adopted: {},
  not_adopted: {},
};

/** A recommendation as the rapporteur starts it. */
export const newRecommendation = (id: string, groupId: DiscussionGroupId, draftId: string): Recommendation => ({
  id,
  groupId,
  draftId,
  status: "drafting",
  texts: [],
  amendmentIds: [],
  agreement: null,
  adoptionId: null,
  reopenings: [],
});

/** Whether the table allows a step from a status (for listing what a person can do next). */
export const allows = (status: RecommendationStatus, type: RecommendationTransitionType): boolean =>
  RECOMMENDATION_TRANSITIONS[status][type] !== undefined;

/** Applies one step of the table; anything else is an invalid_transition DomainError naming the status. */
export const applyRecommendation = (r: Recommendation, step: RecommendationTransition): Recommendation => {
  const status = RECOMMENDATION_TRANSITIONS[r.status][step.type];
  if (status === undefined) {
    throw new DomainError(
      "invalid_transition",
      `The recommendation is ${r.status.replace("_", " ")}; it cannot ${step.type.replace("_", " ")}`,
      [],
      {
        from: r.status,
        action: step.type,
      },
    );
  }
  switch (step.type) {
    case "edit":
      return { ...r, status, texts: step.texts ?? r.texts, amendmentIds: step.amendmentIds ?? r.amendmentIds };
    case "agree":
      if (!isCarried(checkDecision(step.decision)))
        throw new DomainError("validation_failed", "The group did not agree: the vote was not carried", [
          { path: "decision", message: "not carried" },
        ]);
      return { ...r, status, agreement: step.decision };
    case "present":
      return { ...r, status };
    case "adopt":
    case "not_adopt":
      return { ...r, status, adoptionId: step.adoptionId };
    case "reopen":
      if (!step.reason.trim())
        throw new DomainError("validation_failed", "A reopening states its reason", [{ path: "reason", message: "required" }]);
      return {
        ...r,
        status,
        agreement: status === "drafting" ? null : r.agreement,
        reopenings: [...r.reopenings, { from: r.status, reason: step.reason }],
      };
  }
};

import { DomainError } from "../errors.js";
import type { DraftStage } from "../model.js";

export type DraftStageTransition = "revise" | "adopt";

/** The one table of a draft resolution's versions: a draft is revised (a new version), a revised text adopted. */
export const DRAFT_STAGE_TRANSITIONS: Readonly<Record<DraftStage, Readonly<Partial<Record<DraftStageTransition, DraftStage>>>>> = {
  draft: { revise: "revised" },
  revised: { revise: "revised", adopt: "adopted" },
  adopted: {},
};

/** The stage a step leads to; anything the table does not allow is an invalid_transition naming the stage. */
export const nextDraftStage = (from: DraftStage, step: DraftStageTransition): DraftStage => {
  const to = DRAFT_STAGE_TRANSITIONS[from][step];
  if (to === undefined)
    throw new DomainError(
      "invalid_transition",
      `The text is at stage ${from}; it cannot be ${step === "adopt" ? "adopted" : "revised"}`,
      [],
      { from, action: step },
    );
  return to;
};

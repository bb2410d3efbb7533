/** The stages of the reference case, in the order the story unfolds; each builds on the one before. */
export const REFERENCE_STAGES = ["before", "groups", "plenary", "committee", "adopted"] as const;

export type ReferenceStage = (typeof REFERENCE_STAGES)[number];

/** Whether `stage` comes at or after `other` in the story. */
export const reachedBy = (stage: ReferenceStage, other: ReferenceStage): boolean =>
  REFERENCE_STAGES.indexOf(stage) >= REFERENCE_STAGES.indexOf(other);

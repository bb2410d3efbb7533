/** What can wait for a person on their start page, one kind per step that is theirs to take. */
export const TASK_KINDS = [
  "finish_recommendation",
  "cast_ballot",
  "close_vote",
  "adopt_recommendations",
  "submit_amendments",
  "deadline",
  "decide_amendments",
  "choose_group",
  "group_speaking",
  "translate",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

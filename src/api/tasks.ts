import { z } from "zod";

const deadline = z.strictObject({
  draftId: z.string(),
  local: z.string(),
  timeZone: z.string(),
  instant: z.string(),
  description: z.string(),
  version: z.number().int(),
  passed: z.boolean(),
});

/** What waits for the caller; the page refreshes on live events of the sittings it follows. */
export const tasksSchema = z.strictObject({
  tasks: z.array(
    z.strictObject({
      kind: z.enum([
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
      ]),
      draftId: z.string().nullable(),
      groupId: z.string().nullable(),
      bodyId: z.string().nullable(),
      subject: z.string().nullable(),
      status: z.string().nullable(),
      count: z.number().int().nullable(),
      deadline: deadline.nullable(),
    }),
  ),
  /** The sittings whose live events change these tasks: subscribe to them and fetch again on `recommendation.*`, `vote.*`, `amendment.*`, `deadline.*`, `body_adoption.*`, `committee.*`, `draft_resolution.*`, `speakers_list.*`, `discussion_group.*`. */
  sittings: z.array(z.string()),
  now: z.string(),
});

import { z } from "zod";
import { TASK_KINDS } from "../domain/tasks/kinds.js";

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
      kind: z.enum(TASK_KINDS),
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

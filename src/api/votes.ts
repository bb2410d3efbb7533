import { z } from "zod";
import { CHOICES, VOTE_KINDS, VOTE_STATUSES } from "../domain/votes/vote.js";
export { idParams, groupParams } from "./common.js";

const count = z.number().int().min(0).max(100_000);
const counts = z.strictObject({ for: count, against: count, abstain: count });

/** The chair opens a vote on one of the group's recommendations: a show of hands, or electronic. */
export const openBody = z.strictObject({
  subject: z.string().regex(/^recommendation:[^\s]{1,100}$/, "expected recommendation:ID"),
  kind: z.enum(VOTE_KINDS),
});
export const ballotBody = z.strictObject({ choice: z.enum(CHOICES) });
export const voteTransitionBody = z.strictObject({
  version: z.number().int().positive(),
  transition: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("close"), counts: counts.nullable().default(null) }),
    z.strictObject({ type: z.literal("reopen"), reason: z.string().trim().min(1).max(2_000) }),
  ]),
});

export const voteSchema = z.strictObject({
  id: z.string(),
  subject: z.string(),
  groupId: z.string(),
  kind: z.enum(VOTE_KINDS),
  status: z.enum(VOTE_STATUSES),
  round: z.number().int(),
  ballotsCast: z.number().int(),
  myChoice: z.enum(CHOICES).nullable(),
  counts: counts.nullable(),
  history: z.array(z.strictObject({ round: z.number().int(), counts, reopenedBecause: z.string() })),
  version: z.number().int(),
});

/** A group's votes, with its sitting and whether the reader may download the sitting's votes (the secretariat). */
export const voteListSchema = z.strictObject({
  sittingId: z.string(),
  votes: z.array(voteSchema),
  permissions: z.strictObject({ export: z.boolean() }),
});

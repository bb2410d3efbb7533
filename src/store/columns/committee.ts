import { z } from "zod";
import type { Decision } from "../../domain/decisions/decision.js";
import { languageDecoder } from "../decode.js";

const count = z.number().int().nonnegative();

/** How a body decided: consensus, show of hands, electronic vote or roll call. */
export const decisionDecoder: z.ZodType<Decision> = z.discriminatedUnion("method", [
  z.object({ method: z.literal("consensus") }),
  z.object({ method: z.literal("show_of_hands"), for: count, against: count, abstain: count }),
  z.object({ method: z.literal("electronic"), voteId: z.string(), for: count, against: count, abstain: count }),
  z.object({
    method: z.literal("roll_call"),
    votes: z.array(z.object({ voter: z.string(), vote: z.enum(["for", "against", "abstain"]) })),
  }),
]) as z.ZodType<Decision>;

/** `committee_decisions.data`: how the committee decided. */
export const decisionData = z.looseObject({ decision: decisionDecoder });

/** `recommendation_comments.data`: a member's comment in its language. */
export const commentData = z.object({ text: z.string(), language: languageDecoder });

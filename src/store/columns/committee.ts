import { OUTCOMES } from "../../domain/text/consolidation.js";
import { POSITIONS } from "../../domain/decisions/decision.js";
import { z } from "zod";
import type { Decision } from "../../domain/decisions/decision.js";
import { asId, type AmendmentId } from "../../domain/ids.js";
import { ADOPTION_OUTCOMES, BODY_AMENDMENT_ORIGINS } from "../../domain/recommendations/body-set.js";
import { RECOMMENDATION_STATUSES } from "../../domain/recommendations/recommendation.js";
import { languageDecoder } from "../decode.js";

const count = z.number().int().nonnegative();

/** How a body decided: consensus, show of hands, electronic vote or roll call. */
export const decisionDecoder: z.ZodType<Decision> = z.discriminatedUnion("method", [
  z.object({ method: z.literal("consensus") }),
  z.object({ method: z.literal("show_of_hands"), for: count, against: count, abstain: count }),
  z.object({ method: z.literal("electronic"), voteId: z.string(), for: count, against: count, abstain: count }),
  z.object({
    method: z.literal("roll_call"),
    votes: z.array(z.object({ voter: z.string(), vote: z.enum(POSITIONS) })),
  }),
]) as z.ZodType<Decision>;

/** `committee_decisions.data`: how the committee decided. */
export const decisionData = z.looseObject({ decision: decisionDecoder });

/** `recommendation_comments.data`: a member's comment in its language. */
export const commentData = z.object({ text: z.string(), language: languageDecoder });

const counts = z.object({ for: count, against: count, abstain: count });

/** `votes.data`: the counts, set when the vote closes, and the rounds closed before each reopening. */
export const voteData = z.looseObject({
  counts: counts.nullable(),
  history: z.array(z.object({ round: z.number().int().positive(), counts, reopenedBecause: z.string() })),
});

/** `recommendations.data`: the texts, proposed amendments with the contributions they draw on, the agreement and reopenings. */
export const recommendationData = z.looseObject({
  texts: z.array(
    z.object({ questionId: z.string().nullable(), text: z.string(), language: languageDecoder, contributions: z.array(z.string()) }),
  ),
  amendmentIds: z.array(z.string().transform((s) => asId<AmendmentId>(s))),
  agreement: decisionDecoder.nullable(),
  adoptionId: z.string().nullable(),
  reopenings: z.array(z.object({ from: z.enum(RECOMMENDATION_STATUSES), reason: z.string() })),
  amendmentContributions: z.record(z.string(), z.array(z.string())).default({}),
});

/** `body_adoptions.data`: what a body adopted from its groups' recommendations, and what became of every proposal. */
export const adoptionData = z.looseObject({
  recommendationIds: z.array(z.string()),
  decision: decisionDecoder,
  amendments: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      key: z.string(),
      how: z.enum(BODY_AMENDMENT_ORIGINS),
      sources: z.array(z.object({ amendmentId: z.string(), recommendationId: z.string() })),
    }),
  ),
  outcomes: z.array(
    z.looseObject({
      amendmentId: z.string().transform((s) => asId<AmendmentId>(s)),
      recommendationId: z.string(),
      key: z.string(),
      became: z.enum(ADOPTION_OUTCOMES),
      bodyAmendmentId: z.string().nullable(),
    }),
  ),
});

const origin = z.object({
  previousId: z.string().nullable(),
  previousLabel: z.string(),
  label: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  amendments: z.array(z.string()),
});

/** `draft_versions.data` of a revision: the renumbering and where each paragraph of the new version came from. */
export const revisionData = z.looseObject({
  renumbering: z.record(z.string(), z.string()),
  paragraphs: z.record(z.string(), origin),
  deleted: z.array(origin),
});

/** `draft_versions.data` of an adoption: the body and its decision. */
export const adoptedVersionData = z.looseObject({ bodyId: z.string(), decision: decisionDecoder });

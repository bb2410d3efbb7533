import { z } from "zod";
import { AMENDMENT_STATUSES, AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { languageSchema, multilingualSchema } from "./multilingual.js";
import { id } from "./common.js";
import { votingOrderSchema } from "./amendments.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
import { OUTCOMES } from "../domain/text/consolidation.js";
import { POSITIONS } from "../domain/decisions/decision.js";
import { DRAFT_STAGES } from "../domain/model.js";
import { AMENDMENT_TRANSITION_TYPES } from "../domain/text/amendment-workflow.js";
export { idParams, versionBody } from "./common.js";

const count = z.number().int().min(0).max(100_000);
const wording = z.string().trim().min(1).max(20_000);

export const paragraphParams = z.strictObject({ id, paragraphId: id });

/** How a body decided, as entered by a person: consensus, a show of hands, or a roll call. */
export const decisionInput = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("consensus") }),
  z.strictObject({ method: z.literal("show_of_hands"), for: count, against: count, abstain: count }),
  z.strictObject({
    method: z.literal("roll_call"),
    votes: z
      .array(z.strictObject({ voter: z.string().trim().min(1).max(200), vote: z.enum(POSITIONS) }))
      .min(1)
      .max(1000)
      .readonly(),
  }),
]);

/** A recorded decision, including one taken by an electronic vote. */
export const decisionOutput = z.discriminatedUnion("method", [
  ...decisionInput.options,
  z.strictObject({ method: z.literal("electronic"), voteId: z.string(), for: count, against: count, abstain: count }),
]);

export const amendmentTransitionInput = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("withdraw") }),
  z.strictObject({ type: z.literal("accept") }),
  z.strictObject({ type: z.literal("reject") }),
  z.strictObject({ type: z.literal("accept_as_revised"), revisedText: wording }),
  z.strictObject({ type: z.literal("merge"), into: id }),
]);

export const committeeDecisionBody = z.strictObject({
  version: z.number().int().positive(),
  transition: amendmentTransitionInput,
  bodyId: id,
  decision: decisionInput,
});

export const compromiseBody = z.strictObject({
  target: id,
  text: wording,
  language: languageSchema,
  merge: z.array(id).min(1).max(100),
  bodyId: id,
  decision: decisionInput,
  justification: z.string().max(5_000).nullable().default(null),
});

export const resolutionAdoptionBody = z.strictObject({ version: z.number().int().positive(), bodyId: id, decision: decisionInput });

const decisionRecord = z.strictObject({
  id: z.string(),
  amendmentId: z.string(),
  bodyId: z.string(),
  transition: z.enum(AMENDMENT_TRANSITION_TYPES).exclude(["reopen"]),
  decision: decisionOutput,
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export const decisionRecordSchema = decisionRecord;

const status = z.enum(AMENDMENT_STATUSES);
const action = z.enum(AMENDMENT_ACTIONS);

/** `texts=without` leaves each wording's whole text out: a screen that shows each amendment's changes needs only them. */
export const compilationQuery = z.strictObject({ texts: z.enum(["with", "without"]).optional() });

export const compilationSchema = z.strictObject({
  draftId: z.string(),
  places: z.array(
    z.strictObject({
      target: z.string(),
      label: z.string(),
      wordings: z.array(
        z.strictObject({
          action,
          /** The paragraph as the wording has it (null for a deletion); absent when asked `texts=without`. */
          text: z.string().nullable().optional(),
          language: languageSchema,
          amends: z.string().nullable(),
          authors: z.array(z.string()),
          amendments: z.array(z.strictObject({ id: z.string(), number: z.number().int(), author: z.string().nullable(), status })),
        }),
      ),
    }),
  ),
  votingOrder: votingOrderSchema,
});

export const committeeDecisionSchema = z.strictObject({
  amendment: z.strictObject({
    id: z.string(),
    number: z.number().int(),
    status,
    version: z.number().int(),
    mergedInto: z.string().nullable(),
    revisedText: z.string().nullable(),
  }),
  decisions: z.array(decisionRecord),
});

/** The secretariat reopens a committee decision, saying why; the amendment awaits a decision again. */
export const reopenDecisionBody = z.strictObject({ version: z.number().int().positive(), reason: z.string().trim().min(1).max(2_000) });

export const reopenDecisionSchema = z.strictObject({
  amendment: z.strictObject({ id: z.string(), number: z.number().int(), status, version: z.number().int() }),
});

export const compromiseSchema = z.strictObject({
  compromise: z.strictObject({ id: z.string(), number: z.number().int(), status, version: z.number().int() }),
  merged: z.array(z.strictObject({ id: z.string(), number: z.number().int(), status, version: z.number().int() })),
});

const origin = z.strictObject({
  previousId: z.string().nullable(),
  previousLabel: z.string(),
  label: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  amendments: z.array(z.string()),
});
export const originSchema = origin;

export const revisionSchema = z.strictObject({
  draftId: z.string(),
  revisedDraftId: z.string(),
  symbol: z.string(),
  stage: z.enum(DRAFT_STAGES),
  renumbering: z.record(z.string(), z.string()),
  paragraphs: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      kind: z.enum(PARAGRAPH_KINDS),
      text: multilingualSchema,
      origin: origin.nullable(),
    }),
  ),
  deleted: z.array(origin),
});

export const resolutionAdoptionSchema = z.strictObject({
  draftId: z.string(),
  stage: z.enum(DRAFT_STAGES),
  version: z.number().int(),
  bodyId: z.string(),
  decision: decisionOutput,
});

export const versionsSchema = z.strictObject({
  versions: z.array(
    z.strictObject({
      draftId: z.string(),
      symbol: z.string(),
      stage: z.string(),
      version: z.number().int(),
      revisedFrom: z.string().nullable(),
      revisedAt: z.string().nullable(),
      adoption: z.strictObject({ bodyId: z.string(), decision: decisionOutput, at: z.string() }).nullable(),
    }),
  ),
});

import { z } from "zod";
import { multilingualSchema } from "./multilingual.js";
import { decisionOutput, decisionRecordSchema, originSchema } from "./committee.js";
import { id } from "./common.js";
export { idParams } from "./common.js";

export const paragraphParams = z.strictObject({ id, paragraphId: id });

const contribution = z.strictObject({
  id: z.string(),
  questionId: z.string().nullable(),
  text: z.string().nullable(),
  createdAt: z.string().nullable(),
});
const recommendation = z.strictObject({
  id: z.string(),
  groupId: z.string(),
  groupNumber: z.number().int(),
  groupTitle: multilingualSchema,
  status: z.string(),
  agreement: decisionOutput.nullable(),
  contributions: z.array(contribution),
});

const trace = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  action: z.string(),
  status: z.string(),
  text: z.string().nullable(),
  revisedText: z.string().nullable(),
  mergedInto: z.string().nullable(),
  author: z.string().nullable(),
  coSponsors: z.array(z.string()),
  provenance: z.string().nullable(),
  submission: z.strictObject({ at: z.string(), late: z.boolean(), reason: z.string().nullable() }).nullable(),
  decisions: z.array(decisionRecordSchema),
  bodyAdoption: z
    .strictObject({
      id: z.string(),
      bodyId: z.string(),
      decision: decisionOutput,
      how: z.string(),
      sources: z.array(z.strictObject({ amendmentId: z.string(), recommendationId: z.string() })),
    })
    .nullable(),
  recommendations: z.array(recommendation),
});

export interface ParagraphProvenance {
  draftId: string;
  paragraphId: string;
  label: string;
  revisedFrom: string | null;
  origin: z.infer<typeof originSchema> | null;
  amendments: z.infer<typeof trace>[];
  previous: ParagraphProvenance | null;
}

/** A paragraph traced back through its revisions: each step's amendments, decisions, adoptions, recommendations and contributions. */
export const paragraphProvenanceSchema: z.ZodType<ParagraphProvenance> = z.lazy(() =>
  z.strictObject({
    draftId: z.string(),
    paragraphId: z.string(),
    label: z.string(),
    revisedFrom: z.string().nullable(),
    origin: originSchema.nullable(),
    amendments: z.array(trace),
    previous: paragraphProvenanceSchema.nullable(),
  }),
);

const outcome = z.strictObject({
  recommendation,
  adoption: z.strictObject({ id: z.string(), bodyId: z.string(), decision: decisionOutput, at: z.string() }).nullable(),
  proposals: z.array(
    z.strictObject({
      amendmentId: z.string(),
      number: z.number().int().nullable(),
      action: z.string().nullable(),
      text: z.string().nullable(),
      became: z.string().nullable(),
      bodyAmendment: z
        .strictObject({
          id: z.string(),
          number: z.number().int(),
          status: z.string(),
          mergedInto: z.strictObject({ id: z.string(), number: z.number().int(), status: z.string() }).nullable(),
          decisions: z.array(decisionRecordSchema),
        })
        .nullable(),
      paragraphs: z.array(
        z.strictObject({ draftId: z.string(), paragraphId: z.string(), label: z.string().nullable(), outcome: z.string() }),
      ),
    }),
  ),
});

export const recommendationOutcomeSchema = outcome;
export const contributionOutcomeSchema = z.strictObject({
  contributionId: z.string(),
  groupId: z.string(),
  questionId: z.string(),
  recommendations: z.array(outcome.extend({ inTexts: z.boolean() })),
});

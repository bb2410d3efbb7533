import { z } from "zod";
import { languageSchema, multilingualSchema } from "./multilingual.js";
import { decisionInput, decisionOutput } from "./committee.js";
import { id, version } from "./common.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
import { AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { CHANGE_OPS } from "../domain/text/diff.js";
import { ADOPTION_OUTCOMES, BODY_AMENDMENT_ORIGINS } from "../domain/recommendations/body-set.js";
import { RECOMMENDATION_STATUSES } from "../domain/recommendations/recommendation.js";
export { idParams, groupParams, versionBody } from "./common.js";

const wording = z.string().trim().min(1).max(20_000);
const contributions = z.array(id).max(100).default([]);

export const amendmentParams = z.strictObject({ id, amendmentId: id });
export const startBody = z.strictObject({ draftId: id });

export const textsBody = z.strictObject({
  version,
  texts: z
    .array(z.strictObject({ questionId: id.nullable(), text: z.string().max(20_000), language: languageSchema, contributions }))
    .max(50),
});

const common = { version, language: languageSchema, justification: z.string().max(5_000).nullable().default(null), contributions };

/** A proposed amendment as the rapporteur writes it: amend, insert after a paragraph, delete, or amend the title. */
export const groupAmendmentBody = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("amend"), target: id, text: wording, ...common }),
  z.strictObject({
    action: z.literal("insert"),
    after: id.nullable(),
    kind: z.enum(PARAGRAPH_KINDS),
    text: wording,
    ...common,
  }),
  z.strictObject({ action: z.literal("delete"), target: id, ...common }),
  z.strictObject({ action: z.literal("amend_title"), text: wording, ...common }),
]);

export const commentBody = z.strictObject({ text: z.string().trim().min(1).max(5_000), language: languageSchema });

export const recommendationTransitionBody = z.strictObject({
  version,
  transition: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("agree"), decision: decisionInput }),
    z.strictObject({ type: z.literal("agree_by_vote"), voteId: id }),
    z.strictObject({ type: z.literal("present") }),
    z.strictObject({ type: z.literal("reopen"), reason: z.string().trim().min(1).max(2_000) }),
  ]),
});

const status = z.enum(RECOMMENDATION_STATUSES);
const changes = z.array(z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() }));

export const groupAmendmentSchema = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  action: z.enum(AMENDMENT_ACTIONS),
  status: z.string(),
  target: z.string().nullable(),
  targetLabel: z.string().nullable(),
  after: z.string().nullable(),
  kind: z.enum(PARAGRAPH_KINDS).nullable(),
  text: z.string().nullable(),
  language: languageSchema,
  justification: z.string().nullable(),
  contributions: z.array(z.string()),
  version: z.number().int(),
  changes,
  html: z.string(),
});

export const recommendationSchema = z.strictObject({
  id: z.string(),
  groupId: z.string(),
  groupNumber: z.number().int(),
  groupTitle: multilingualSchema,
  bodyId: z.string(),
  draftId: z.string(),
  status,
  version: z.number().int(),
  texts: z.array(
    z.strictObject({ questionId: z.string().nullable(), text: z.string(), language: languageSchema, contributions: z.array(z.string()) }),
  ),
  amendments: z.array(groupAmendmentSchema),
  agreement: decisionOutput.nullable(),
  adoptionId: z.string().nullable(),
  reopenings: z.array(z.strictObject({ from: status, reason: z.string() })),
  comments: z.array(
    z.strictObject({ id: z.string(), accountId: z.string(), text: z.string(), language: z.string(), createdAt: z.string() }),
  ),
  next: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the reader may do with it, as the server decides: the screens show or hide actions from it. */
  permissions: z.strictObject({
    edit: z.boolean(),
    agree: z.boolean(),
    vote: z.boolean(),
    comment: z.boolean(),
    present: z.boolean(),
    reopen: z.boolean(),
    adopt: z.boolean(),
  }),
});

export const recommendationListSchema = z.strictObject({
  recommendations: z.array(recommendationSchema),
  /** Whether the reader may start the group's recommendation on a draft, and put the group's report on a hall screen. */
  permissions: z.strictObject({ start: z.boolean(), presentReport: z.boolean() }),
});
export const commentSchema = z.strictObject({
  id: z.string(),
  accountId: z.string(),
  text: z.string(),
  language: z.string(),
  createdAt: z.string(),
});

export const adoptionParams = z.strictObject({ bodyId: id, draftId: id });
export const bodyParams = z.strictObject({ bodyId: id });

/** The body's adoption: which recommendations, how each conflict is resolved, proposals left out, and the decision. */
export const adoptionBody = z.strictObject({
  draftId: id,
  recommendationIds: z.array(id).min(1).max(50),
  resolutions: z
    .record(
      z.string().max(20_500),
      z.union([z.strictObject({ choose: id }), z.strictObject({ compromise: wording, language: languageSchema })]),
    )
    .default({}),
  leaveOut: z.array(id).max(500).default([]),
  decision: decisionInput,
});

const proposal = z.strictObject({
  amendmentId: z.string(),
  recommendationId: z.string(),
  action: z.string(),
  text: z.string().nullable(),
  language: languageSchema,
});

export const adoptionPlanSchema = z.strictObject({
  bodyId: z.string(),
  draftId: z.string(),
  recommendations: z.array(z.strictObject({ id: z.string(), groupId: z.string(), status })),
  places: z.array(z.strictObject({ key: z.string(), label: z.string(), conflict: z.boolean(), options: z.array(z.array(proposal)) })),
  /** Whether the reader may adopt the set for the body, and set the draft's amendment deadline. */
  permissions: z.strictObject({ adopt: z.boolean(), setDeadline: z.boolean() }),
});

export const adoptionSchema = z.strictObject({
  id: z.string(),
  bodyId: z.string(),
  draftId: z.string(),
  recommendationIds: z.array(z.string()),
  decision: decisionOutput,
  amendments: z.array(
    z.strictObject({
      id: z.string(),
      number: z.number().int(),
      key: z.string(),
      how: z.enum(BODY_AMENDMENT_ORIGINS),
      sources: z.array(z.strictObject({ amendmentId: z.string(), recommendationId: z.string() })),
    }),
  ),
  outcomes: z.array(
    z.strictObject({
      amendmentId: z.string(),
      recommendationId: z.string(),
      key: z.string(),
      became: z.enum(ADOPTION_OUTCOMES),
      bodyAmendmentId: z.string().nullable(),
    }),
  ),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
});

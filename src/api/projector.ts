import { z } from "zod";
import { MAX_COUNTDOWN_SECONDS, MAX_MESSAGE_LENGTH, MAX_REPORT_PAGE } from "../domain/projector/slides.js";
import { id, version } from "./common.js";
import { projectorSchema as speakersViewSchema, textSchema } from "./groups.js";
import { languageSchema } from "./multilingual.js";
import { RECOMMENDATION_STATUSES } from "../domain/recommendations/recommendation.js";
import { DECISION_METHODS } from "../domain/decisions/decision.js";
import { VOTE_STATUSES } from "../domain/votes/vote.js";

/** What a hall screen can show: the slide as chosen, before it is read. */
export const slideSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("speakers") }),
  z.strictObject({ kind: z.literal("paragraph"), paragraphId: id, amendmentId: id.nullable().default(null) }),
  z.strictObject({ kind: z.literal("text"), draftId: id }),
  z.strictObject({ kind: z.literal("vote"), voteId: id }),
  z.strictObject({ kind: z.literal("agenda") }),
  z.strictObject({ kind: z.literal("message"), text: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH) }),
  z.strictObject({
    kind: z.literal("countdown"),
    label: z.string().trim().max(200).default(""),
    seconds: z.number().int().min(1).max(MAX_COUNTDOWN_SECONDS),
  }),
  z.strictObject({ kind: z.literal("group_report"), groupId: id, page: z.number().int().min(0).max(MAX_REPORT_PAGE).default(0) }),
]);

const screenFields = { name: z.string().trim().min(1).max(120), language: languageSchema };
export const projectorTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

/** The secretariat sets up a hall screen for the plenary (no group) or a discussion group of the sitting. */
export const createProjectorBody = z.strictObject({ ...screenFields, groupId: id.nullable().default(null) });
export const editProjectorBody = z.strictObject({ ...screenFields, version });

/** A change of what the screen shows or has prepared, on the version the controller saw. */
export const projectorStepBody = z.strictObject({
  version,
  step: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("show"), slide: slideSchema }),
    z.strictObject({ type: z.literal("enqueue"), slide: slideSchema }),
    z.strictObject({ type: z.literal("show_next") }),
    z.strictObject({ type: z.literal("show_queued"), id }),
    z.strictObject({ type: z.literal("remove"), id }),
  ]),
});
export const previewBody = z.strictObject({ slide: slideSchema });

/** A hall screen as its controllers see it: what it shows, what is prepared, and what the reader may do with it. */
export const projectorRecordSchema = z.strictObject({
  id: z.string(),
  sittingId: z.string(),
  groupId: z.string().nullable(),
  name: z.string(),
  language: languageSchema,
  version: z.number().int(),
  tokenIssuedAt: z.string(),
  current: slideSchema,
  shownAt: z.string(),
  queue: z.array(z.strictObject({ id: z.string(), slide: slideSchema })),
  permissions: z.strictObject({ control: z.boolean(), manage: z.boolean() }),
});

/** A screen with its address, shown once when it is set up or re-issued (only the token's hash is kept). */
export const issuedProjectorSchema = z.strictObject({ projector: projectorRecordSchema, address: z.string() });

const ref = z.strictObject({ id: z.string(), label: z.string() });

/** The screens of a sitting, and what slides can name: its drafts with their paragraphs, its groups' votes. */
export const projectorListSchema = z.strictObject({
  sittingId: z.string(),
  projectors: z.array(projectorRecordSchema),
  groups: z.array(z.strictObject({ id: z.string(), number: z.number().int(), title: textSchema })),
  drafts: z.array(z.strictObject({ id: z.string(), symbol: z.string(), paragraphs: z.array(ref) })),
  votes: z.array(z.strictObject({ id: z.string(), groupNumber: z.number().int(), round: z.number().int(), status: z.enum(VOTE_STATUSES) })),
  permissions: z.strictObject({ manage: z.boolean() }),
});

const counts = z.strictObject({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() });
const officeHolder = z.strictObject({ name: z.string(), delegation: z.string() }).nullable();

/**
 * A discussion group's report as a public screen shows it: only the recommendations presented to the body (or
 * decided on by it), and, once one is, the delegations that took part with their counts and the counted votes.
 */
export const groupReportSchema = z.strictObject({
  groupId: z.string(),
  bodyId: z.string(),
  groupNumber: z.number().int(),
  groupTitle: textSchema,
  chair: officeHolder,
  rapporteur: officeHolder,
  presented: z.boolean(),
  recommendations: z.array(
    z.strictObject({
      id: z.string(),
      draftSymbol: z.string(),
      status: z.enum(RECOMMENDATION_STATUSES),
      sections: z.array(
        z.strictObject({
          questionId: z.string().nullable(),
          question: textSchema.nullable(),
          versions: z.array(z.strictObject({ language: languageSchema, text: z.string() })),
        }),
      ),
    }),
  ),
  contributors: z.array(z.strictObject({ delegation: z.string(), contributions: z.number().int(), turns: z.number().int() })),
  votes: z.array(
    z.strictObject({
      recommendationId: z.string(),
      draftSymbol: z.string(),
      method: z.enum(DECISION_METHODS),
      round: z.number().int(),
      counts: counts.nullable(),
      carried: z.boolean(),
    }),
  ),
});

/** What a group's presenter works with: the report as the hall shows it, and the body's screens it may go on. */
export const reportPresentationSchema = z.strictObject({
  report: groupReportSchema,
  /** How many of the group's recommendations are not public yet: the hall shows them once presented. */
  unpublished: z.number().int(),
  screens: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      language: languageSchema,
      sittingId: z.string(),
      sittingNumber: z.number().int(),
      sittingDate: z.string(),
      plenary: z.boolean(),
      version: z.number().int(),
      /** The report's page this screen shows now; null when it shows something else. */
      showing: z.number().int().nullable(),
    }),
  ),
});
const numbered = z.strictObject({ id: z.string(), label: z.string(), text: textSchema });

/** A slide as the hall reads it: its content, each text in every language so the hall shows its own. */
export const slideViewSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("speakers"), speakers: speakersViewSchema }),
  z.strictObject({ kind: z.literal("paragraph"), amendmentId: z.string().nullable(), paragraph: speakersViewSchema.shape.paragraph }),
  z.strictObject({
    kind: z.literal("text"),
    symbol: z.string(),
    title: textSchema.nullable(),
    paragraphs: z.array(z.strictObject({ ...numbered.shape, subParagraphs: z.array(numbered) })),
  }),
  z.strictObject({
    kind: z.literal("vote"),
    groupNumber: z.number().int(),
    groupTitle: textSchema,
    status: z.enum(VOTE_STATUSES),
    round: z.number().int(),
    ballotsCast: z.number().int(),
    counts: counts.nullable(),
  }),
  z.strictObject({
    kind: z.literal("agenda"),
    number: z.number().int(),
    title: textSchema,
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    items: z.array(z.strictObject({ number: z.string(), title: textSchema })),
  }),
  z.strictObject({ kind: z.literal("message"), text: z.string() }),
  z.strictObject({ kind: z.literal("countdown"), label: z.string(), endsAt: z.string() }),
  z.strictObject({ kind: z.literal("group_report"), page: z.number().int(), report: groupReportSchema }),
]);

/** A slide read for the control screen's preview. */
export const slidePreviewSchema = z.strictObject({ serverTime: z.string(), slide: slideViewSchema });

/** What a hall screen's address shows: its name, hall language and the slide projected now. */
export const hallScreenSchema = z.strictObject({
  projectorId: z.string(),
  sittingId: z.string(),
  name: z.string(),
  language: languageSchema,
  shownAt: z.string(),
  serverTime: z.string(),
  slide: slideViewSchema,
});

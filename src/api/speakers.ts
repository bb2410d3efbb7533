import { z } from "zod";
import { MAX_QUOTA_SECONDS, MAX_TIME_LIMIT_SECONDS, REQUEST_STATUSES, REQUEST_KINDS } from "../domain/speakers/types.js";
import { genderSchema } from "./groups.js";
import { id } from "./common.js";

const kind = z.enum(REQUEST_KINDS);

const command = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("request_floor"),
    remote: z.boolean().default(false),
    pointOfOrder: z.boolean().default(false),
    /** An intervention, a right of reply (with the turn it answers) or a point of order; `pointOfOrder` is the older spelling. */
    kind: kind.optional(),
    replyTo: id.nullable().optional(),
  }),
  z.strictObject({ type: z.literal("withdraw"), requestId: id }),
  z.strictObject({
    type: z.literal("add_speaker"),
    accountId: id,
    kind: kind.default("floor"),
    remote: z.boolean().default(false),
    replyTo: id.nullable().optional(),
  }),
  z.strictObject({ type: z.literal("skip"), requestId: id }),
  z.strictObject({ type: z.literal("mark_spoken"), requestId: id }),
  z.strictObject({ type: z.literal("readd"), requestId: id }),
  z.strictObject({ type: z.literal("close_list") }),
  z.strictObject({ type: z.literal("reopen_list") }),
  z.strictObject({
    type: z.literal("set_delegation_quota"),
    seconds: z.number().int().min(1).max(MAX_QUOTA_SECONDS).nullable(),
    reset: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal("call_next") }),
  z.strictObject({ type: z.literal("end_turn") }),
  z.strictObject({ type: z.literal("reorder"), order: z.array(id).max(500) }),
  z.strictObject({ type: z.literal("set_question"), questionId: id.nullable() }),
  z.strictObject({ type: z.literal("set_paragraph"), paragraphId: id.nullable() }),
  z.strictObject({ type: z.literal("set_alternation"), on: z.boolean() }),
  z.strictObject({ type: z.literal("set_time_limit"), seconds: z.number().int().min(1).max(MAX_TIME_LIMIT_SECONDS).nullable() }),
]);

const SELF_SERVICE = new Set(["request_floor", "withdraw"]);

/**
 * A command with the list version the caller saw. The chair's commands must carry it; asking for and
 * withdrawing the floor commute with everything else, so there it is optional (checked when given).
 */
export const commandBody = z
  .strictObject({ version: z.number().int().min(0).optional(), command })
  .refine((b) => b.version !== undefined || SELF_SERVICE.has(b.command.type), {
    message: "the chair's commands carry the list version they saw",
    path: ["version"],
  });

const turnRef = z.strictObject({ requestId: z.string(), accountId: z.string(), name: z.string(), parliament: z.string() });

const requestView = z.strictObject({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  parliament: z.string(),
  gender: genderSchema,
  kind,
  remote: z.boolean(),
  status: z.enum(REQUEST_STATUSES),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  questionId: z.string().nullable(),
  timeLimitSeconds: z.number().int().nullable(),
  /** The turn a right of reply answers. */
  replyTo: turnRef.nullable(),
  /** Not present once already: moved to the end, and let go if not present again. */
  skipped: z.boolean(),
  /** Put on the list on the speaker's behalf by the chair or secretariat (their account). */
  addedBy: z.string().nullable(),
  /** Speaking time the speaker's delegation has left for the item, where the list has a quota. */
  quotaLeftSeconds: z.number().int().nullable(),
});

/** A speakers list: who speaks (since when, with which limit), the queue in calling order, and the server's time. */
export const listSchema = z.strictObject({
  key: z.string(),
  sittingId: z.string(),
  groupId: z.string().nullable(),
  version: z.number().int(),
  serverTime: z.string(),
  projectorPublished: z.boolean(),
  currentQuestionId: z.string().nullable(),
  paragraphId: z.string().nullable(),
  alternation: z.boolean(),
  timeLimitSeconds: z.number().int().nullable(),
  /** A closed list takes no new interventions from the floor. */
  closed: z.boolean(),
  /** Total speaking time per delegation for the item, or null when the body uses no quota. */
  delegationQuotaSeconds: z.number().int().nullable(),
  /** Each delegation that has spoken or waits: time used, and left where there is a quota. */
  delegations: z.array(z.strictObject({ delegation: z.string(), usedSeconds: z.number().int(), leftSeconds: z.number().int().nullable() })),
  /** The last finished turn, which a right of reply may still answer. */
  lastTurn: turnRef.nullable(),
  speaking: requestView.nullable(),
  queue: z.array(requestView),
});

export const turnsSchema = z.strictObject({ key: z.string(), requests: z.array(requestView.extend({ seconds: z.number().int() })) });

/** The people the chair may put on the list on their behalf: the group's members, or the event's participants in plenary. */
export const candidatesSchema = z.strictObject({
  key: z.string(),
  people: z.array(z.strictObject({ accountId: z.string(), name: z.string(), parliament: z.string() })),
});

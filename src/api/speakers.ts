import { z } from "zod";
import { MAX_TIME_LIMIT_SECONDS } from "../domain/speakers/types.js";
import { genderSchema } from "./groups.js";
import { id } from "./common.js";

const command = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("request_floor"), remote: z.boolean().default(false), pointOfOrder: z.boolean().default(false) }),
  z.strictObject({ type: z.literal("withdraw"), requestId: id }),
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

const requestView = z.strictObject({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  parliament: z.string(),
  gender: genderSchema,
  kind: z.enum(["floor", "point_of_order"]),
  remote: z.boolean(),
  status: z.enum(["waiting", "speaking", "spoke", "withdrawn"]),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  questionId: z.string().nullable(),
  timeLimitSeconds: z.number().int().nullable(),
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
  speaking: requestView.nullable(),
  queue: z.array(requestView),
});

export const turnsSchema = z.strictObject({ key: z.string(), requests: z.array(requestView.extend({ seconds: z.number().int() })) });

import { z } from "zod";
import { DESIGNATION_STATUSES, FUNCTIONS } from "../domain/designations/designation.js";
import { id } from "./common.js";
export { idParams } from "./common.js";

const fn = z.enum(FUNCTIONS);
const count = z.number().int().min(0).max(100_000);
const vote = { for: count, against: count, abstain: count };
const method = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("consensus") }),
  z.strictObject({ kind: z.literal("show_of_hands"), ...vote }),
  z.strictObject({ kind: z.literal("roll_call"), ...vote }),
]);

export const groupQuery = z.strictObject({ groupId: id });

export const recommendBody = z.strictObject({
  groupId: id,
  function: fn,
  participantId: id,
  note: z.string().trim().max(2_000).nullable().default(null),
});

export const designationTransitionBody = z.strictObject({
  version: z.number().int().positive(),
  transition: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("designate"), sittingId: id, date: z.iso.date().nullable().default(null), method }),
    z.strictObject({ type: z.literal("withdraw"), reason: z.string().trim().max(2_000).nullable().default(null) }),
  ]),
});

export const designationSchema = z.strictObject({
  id: z.string(),
  groupId: z.string(),
  function: fn,
  status: z.enum(DESIGNATION_STATUSES),
  participant: z.strictObject({ id: z.string(), name: z.string(), parliament: z.string(), accountId: z.string().nullable() }),
  recommendation: z.strictObject({ by: z.string().nullable(), at: z.string(), note: z.string().nullable() }),
  decision: z.strictObject({ date: z.string(), sittingId: z.string(), method, by: z.string().nullable() }).nullable(),
  replaces: z.string().nullable(),
  replacedBy: z.string().nullable(),
  withdrawal: z.strictObject({ at: z.string(), reason: z.string().nullable(), by: z.string().nullable() }).nullable(),
  version: z.number().int(),
});

export const designationListSchema = z.strictObject({ designations: z.array(designationSchema) });

import { z } from "zod";
import { WHEN_QUORUM_MISSING } from "../domain/attendance/quorum.js";
import { id } from "./common.js";
import { CHECK_IN_METHODS, PRESENCES } from "../domain/attendance/attendance.js";
import { GENDERS } from "../domain/model.js";
import { CHOICES } from "../domain/votes/vote.js";
export { idParams } from "./common.js";

const presence = z.enum(PRESENCES);
const method = z.enum(CHECK_IN_METHODS);
const count = z.number().int().min(0);

/** A body's quorum rule: its minimum, whether remote members and proxies count, and what a vote does without quorum. */
export const quorumRuleSchema = z.strictObject({
  minimum: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("majority") }),
    z.strictObject({
      kind: z.literal("fraction"),
      numerator: z.number().int().min(1).max(100),
      denominator: z.number().int().min(1).max(100),
    }),
    z.strictObject({ kind: z.literal("count"), members: z.number().int().min(1).max(100_000) }),
  ]),
  remoteCounts: z.boolean(),
  proxiesAllowed: z.boolean(),
  proxiesPerHolder: z.number().int().min(0).max(20),
  proxiesCountForQuorum: z.boolean(),
  whenMissing: z.enum(WHEN_QUORUM_MISSING),
});

/** Who is counted present for a body or a group, against what its rule requires. */
export const quorumSchema = z.strictObject({
  tally: z.strictObject({ members: count, inHall: count, remote: count, absent: count }),
  proxies: count,
  counted: count,
  required: count,
  met: z.boolean(),
  whenMissing: z.enum(WHEN_QUORUM_MISSING),
});

export const bodyRuleParams = z.strictObject({ bodyId: id });
export const quorumRuleBody = z.strictObject({ version: z.number().int().min(0), rule: quorumRuleSchema });
export const quorumRuleAnswer = z.strictObject({ rule: quorumRuleSchema, version: z.number().int() });

export const checkInBody = z.strictObject({ participantId: id, mode: z.enum(PRESENCES).exclude(["absent"]) });
export const checkOutBody = z.strictObject({ participantId: id });
/** What the door scanner read: the access slip's link, or the code typed from it. */
export const scanBody = z.strictObject({ code: z.string().trim().min(1).max(2_000) });
export const attendanceChangeSchema = z.strictObject({
  participantId: z.string(),
  name: z.string(),
  from: presence,
  presence,
  changed: z.boolean(),
});

export const proxyBody = z.strictObject({ giverId: id, holderId: id });
export const proxyWithdrawalBody = z.strictObject({ proxyId: id });
export const proxySchema = z.strictObject({ id: z.string(), giver: z.string(), holder: z.string() });

/** The check-in desk's view of a sitting: each participant's presence, the proxies, the quorum of the body and each group. */
export const sittingAttendanceSchema = z.strictObject({
  sittingId: z.string(),
  bodyId: z.string(),
  eventId: z.string(),
  rule: quorumRuleSchema,
  ruleVersion: z.number().int(),
  body: quorumSchema,
  groups: z.array(z.strictObject({ groupId: z.string(), number: z.number().int(), quorum: quorumSchema })),
  people: z.array(
    z.strictObject({
      participantId: z.string(),
      name: z.string(),
      parliament: z.string(),
      gender: z.enum(GENDERS),
      presence,
      method: method.nullable(),
      at: z.string().nullable(),
      groupIds: z.array(z.string()),
    }),
  ),
  proxies: z.array(z.strictObject({ id: z.string(), giver: z.string(), holder: z.string(), givenAt: z.string() })),
  permissions: z.strictObject({ takeAttendance: z.boolean(), setQuorumRule: z.boolean() }),
});

/** A group's count and quorum, shown beside its votes. */
export const groupAttendanceSchema = z.strictObject({
  sittingId: z.string(),
  bodyId: z.string(),
  groupId: z.string(),
  number: z.number().int(),
  rule: quorumRuleSchema,
  quorum: quorumSchema,
});

/** The proxies the caller holds for a vote's group, each with the ballot cast for its giver this round. */
export const heldProxiesSchema = z.strictObject({
  ballotsCast: count,
  proxies: z.array(
    z.strictObject({
      proxyId: z.string(),
      giverId: z.string(),
      giverName: z.string(),
      usable: z.boolean(),
      choice: z.enum(CHOICES).nullable(),
    }),
  ),
});
export const proxyBallotBody = z.strictObject({ giverId: id, choice: z.enum(CHOICES) });

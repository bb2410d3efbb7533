import { WHEN_QUORUM_MISSING } from "../../domain/attendance/quorum.js";
import type { Kysely } from "kysely";
import { z } from "zod";
import { CHECK_IN_METHODS, PRESENCES, tally, type CheckInMethod, type Presence } from "../../domain/attendance/attendance.js";
import { effectiveProxies, type Proxy } from "../../domain/attendance/proxy.js";
import { DEFAULT_QUORUM_RULE, quorumOf, type QuorumRule, type QuorumState } from "../../domain/attendance/quorum.js";
import { notFound } from "../../domain/errors.js";
import type { Gender } from "../../domain/model.js";
import { decodeColumn, oneOf } from "../decode.js";
import { groupMemberIds, groupsOfSitting } from "../group-work/membership.js";
import type { Schema } from "../schema.js";
import type { AccountId, DiscussionGroupId, SittingId, ParticipantId } from "../../domain/ids.js";

/** The JSON of a quorum rule as stored. */
export const quorumRuleData: z.ZodType<QuorumRule> = z.object({
  minimum: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("majority") }),
    z.object({ kind: z.literal("fraction"), numerator: z.number().int(), denominator: z.number().int() }),
    z.object({ kind: z.literal("count"), members: z.number().int() }),
  ]),
  remoteCounts: z.boolean(),
  proxiesAllowed: z.boolean(),
  proxiesPerHolder: z.number().int(),
  proxiesCountForQuorum: z.boolean(),
  whenMissing: z.enum(WHEN_QUORUM_MISSING),
});

/** A sitting with its body and event: what attendance is taken for. */
export interface SittingRef {
  readonly sittingId: SittingId;
  readonly bodyId: string;
  readonly eventId: string;
}

export const sittingRef = async (db: Kysely<Schema>, sittingId: SittingId): Promise<SittingRef> => {
  const row = await db.selectFrom("sittings").select(["id", "body_id", "event_id"]).where("id", "=", sittingId).executeTakeFirst();
  if (!row) throw notFound("Sitting", sittingId);
  return { sittingId: row.id, bodyId: row.body_id, eventId: row.event_id };
};

/** A body's quorum rule and its version (0 while the body keeps the default rule). */
export const loadQuorumRule = async (db: Kysely<Schema>, bodyId: string): Promise<{ rule: QuorumRule; version: number }> => {
  const row = await db.selectFrom("quorum_rules").selectAll().where("body_id", "=", bodyId).executeTakeFirst();
  return row
    ? { rule: decodeColumn(quorumRuleData, row.data, "quorum_rules", bodyId), version: row.version }
    : { rule: DEFAULT_QUORUM_RULE, version: 0 };
};

/** One participant's latest presence at a sitting, with who took it and how. */
export interface AttendanceEntry {
  readonly presence: Presence;
  readonly method: CheckInMethod;
  readonly checkedBy: AccountId | null;
  readonly at: string;
}

export const presencesAt = async (db: Kysely<Schema>, sittingId: SittingId): Promise<Map<string, AttendanceEntry>> => {
  const rows = await db.selectFrom("attendance").selectAll().where("sitting_id", "=", sittingId).execute();
  return new Map(
    rows.map((r) => [
      r.participant_id,
      {
        presence: oneOf(PRESENCES, r.presence, `attendance.presence of ${r.participant_id}`),
        method: oneOf(CHECK_IN_METHODS, r.method, `attendance.method of ${r.participant_id}`),
        checkedBy: r.checked_by,
        at: r.updated_at,
      },
    ]),
  );
};

/** The proxies given for a sitting and not withdrawn, by participant id. */
export const openProxies = async (db: Kysely<Schema>, sittingId: SittingId) => {
  const rows = await db
    .selectFrom("proxies")
    .selectAll()
    .where("sitting_id", "=", sittingId)
    .where("withdrawn_at", "is", null)
    .orderBy("given_at")
    .execute();
  return rows.map((r) => ({ id: r.id, giver: r.giver_id, holder: r.holder_id, givenBy: r.given_by, givenAt: r.given_at }));
};

/** A participant of the event as the check-in desk and the figures see them. */
export interface Attendee {
  readonly participantId: ParticipantId;
  readonly accountId: AccountId | null;
  readonly name: string;
  readonly parliament: string;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
}

/** The active participants of an event: the members a sitting of its bodies counts. */
export const attendeesOf = async (db: Kysely<Schema>, eventId: string): Promise<Attendee[]> => {
  const rows = await db
    .selectFrom("participants")
    .select(["id", "account_id", "name", "parliament", "gender", "birth_year", "age_band"])
    .where("event_id", "=", eventId)
    .where("deactivated_at", "is", null)
    .orderBy("name")
    .execute();
  return rows.map((r) => ({
    participantId: r.id,
    accountId: r.account_id,
    name: r.name,
    parliament: r.parliament,
    gender: r.gender as Gender,
    birthYear: r.birth_year,
    ageBand: r.age_band,
  }));
};

const quorumAmong = (
  rule: QuorumRule,
  members: readonly string[],
  presence: ReadonlyMap<string, Presence>,
  proxies: readonly Proxy[],
): QuorumState => {
  const set = new Set(members);
  const within = proxies.filter((p) => set.has(p.giver) && set.has(p.holder));
  return quorumOf(rule, tally(members, presence), effectiveProxies(rule, within, presence).length);
};

/**
 * Everything the check-in desk and the live count show for a sitting: each person's presence, the proxies, and
 * the quorum of the body and of each of its discussion groups (their members being the group's chair, rapporteur
 * and participants), by the body's rule.
 */
export const sittingAttendance = async (db: Kysely<Schema>, sittingId: SittingId) => {
  const ref = await sittingRef(db, sittingId);
  const [{ rule, version }, entries, proxies, people, groups] = await Promise.all([
    loadQuorumRule(db, ref.bodyId),
    presencesAt(db, sittingId),
    openProxies(db, sittingId),
    attendeesOf(db, ref.eventId),
    groupsOfSitting(db, sittingId),
  ]);
  const presence = new Map([...entries].map(([id, e]) => [id, e.presence]));
  const byAccount = new Map(people.flatMap((p) => (p.accountId ? [[p.accountId, p.participantId] as const] : [])));
  const members = await groupMemberIds(
    db,
    groups.map((g) => g.id),
  );
  const groupsOf = new Map<string, string[]>();
  const groupQuorums = groups.map((g) => {
    const ids = (members.get(g.id) ?? []).flatMap((a) => byAccount.get(a) ?? []);
    for (const id of ids) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g.id]);
    return { groupId: g.id, number: g.number, quorum: quorumAmong(rule, ids, presence, proxies) };
  });
  return {
    ...ref,
    rule,
    ruleVersion: version,
    body: quorumAmong(
      rule,
      people.map((p) => p.participantId),
      presence,
      proxies,
    ),
    groups: groupQuorums,
    people: people.map((p) => ({ ...p, ...(entries.get(p.participantId) ?? null), groupIds: groupsOf.get(p.participantId) ?? [] })),
    proxies,
  };
};

export type SittingAttendance = Awaited<ReturnType<typeof sittingAttendance>>;

/** The quorum of a discussion group's vote: its members present at the group's sitting, by its body's rule. */
export const groupQuorum = async (db: Kysely<Schema>, groupId: DiscussionGroupId, sittingId: SittingId): Promise<QuorumState> => {
  const all = await sittingAttendance(db, sittingId);
  const found = all.groups.find((g) => g.groupId === groupId);
  if (!found) throw notFound("Discussion group", groupId);
  return found.quorum;
};

import type { Kysely } from "kysely";
import { participationFigures, type ParticipationFigures, type PersonFacts } from "../../domain/participation/figures.js";
import type { Speaker } from "../../domain/speakers/types.js";
import { turnSeconds } from "../../domain/speakers/turn.js";
import type { Schema } from "../schema.js";
import type { Floor } from "./floor.js";
import { groupMemberIds, groupsOfSitting } from "./membership.js";
import { speakerFacts } from "./speaker-facts.js";
import { decodeColumn } from "../decode.js";
import { speakerData } from "../columns/group-work.js";
import type { AccountId, SittingId } from "../../domain/ids.js";

const facts = (s: Speaker): PersonFacts => ({ accountId: s.accountId, gender: s.gender, birthYear: s.birthYear, ageBand: s.ageBand });

/** The finished turns of a sitting, with the floor each was on (a group id, or null for the plenary). */
const turnsOfSitting = async (db: Kysely<Schema>, sittingId: SittingId) => {
  const rows = await db
    .selectFrom("speaker_requests")
    .selectAll()
    .where("sitting_id", "=", sittingId)
    .where("status", "=", "spoke")
    .execute();
  return rows.map((r) => ({
    groupId: r.group_id,
    person: facts(decodeColumn(speakerData, r.speaker, "speaker_requests", r.id)),
    seconds: turnSeconds({ startedAt: r.started_at, endedAt: r.ended_at }),
  }));
};

/** The accounts checked in at a sitting, in the hall or remote: who was present, beside who spoke. */
const presentAt = async (db: Kysely<Schema>, sittingId: SittingId): Promise<Set<AccountId>> => {
  const rows = await db
    .selectFrom("attendance")
    .innerJoin("participants", "participants.id", "attendance.participant_id")
    .select("participants.account_id")
    .where("attendance.sitting_id", "=", sittingId)
    .where("attendance.presence", "in", ["in_hall", "remote"])
    .execute();
  return new Set(rows.flatMap((r) => (r.account_id ? [r.account_id] : [])));
};

/** Participation figures of one group, against its current membership. */
export const groupParticipation = async (db: Kysely<Schema>, floor: Floor): Promise<ParticipationFigures> => {
  const groupId = floor.groupId as string;
  const memberIds = (await groupMemberIds(db, [groupId])).get(groupId) ?? [];
  const people = await speakerFacts(db, floor.eventId, memberIds);
  const members = memberIds
    .map((id) => people.get(id))
    .filter((s): s is Speaker => s !== undefined)
    .map(facts);
  const turns = (await turnsOfSitting(db, floor.sittingId)).filter((t) => t.groupId === groupId);
  return participationFigures(members, turns, floor.sittingDate, await presentAt(db, floor.sittingId));
};

/**
 * Participation figures of a sitting: all its turns (groups and plenary) against the members of all its groups,
 * then each group and the plenary on their own.
 */
export const sittingParticipation = async (db: Kysely<Schema>, floor: Floor) => {
  const groups = await groupsOfSitting(db, floor.sittingId);
  const byGroup = await groupMemberIds(
    db,
    groups.map((g) => g.id),
  );
  const allIds = [...new Set([...byGroup.values()].flat())];
  const people = await speakerFacts(db, floor.eventId, allIds);
  const factsOf = (ids: readonly AccountId[]) =>
    ids
      .map((id) => people.get(id))
      .filter((s): s is Speaker => s !== undefined)
      .map(facts);
  const turns = await turnsOfSitting(db, floor.sittingId);
  const present = await presentAt(db, floor.sittingId);
  return {
    sitting: participationFigures(factsOf(allIds), turns, floor.sittingDate, present),
    groups: groups.map((g) => ({
      groupId: g.id,
      number: g.number,
      figures: participationFigures(
        factsOf(byGroup.get(g.id) ?? []),
        turns.filter((t) => t.groupId === g.id),
        floor.sittingDate,
        present,
      ),
    })),
    plenary: participationFigures(
      factsOf(allIds),
      turns.filter((t) => t.groupId === null),
      floor.sittingDate,
      present,
    ),
  };
};

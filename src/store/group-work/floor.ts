import type { Kysely } from "kysely";
import type { FloorKind } from "../../domain/speakers/types.js";
import type { Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import type { AccountId, DiscussionGroupId, SittingId, GuidingQuestionId } from "../../domain/ids.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { decodeColumn } from "../decode.js";
import { groupData, guidingQuestionData, sittingData } from "../columns/setup.js";

type ML = MultilingualText;

/** Where a speakers list lives: a discussion group, or the plenary of a sitting; with what its rights need. */
export interface Floor {
  readonly kind: FloorKind;
  /** `group:ID` or `plenary:SITTING_ID`: the speakers list's key. */
  readonly key: string;
  readonly sittingId: SittingId;
  readonly groupId: DiscussionGroupId | null;
  readonly groupNumber: number | null;
  readonly title: ML;
  readonly room: { hall: ML; floor: ML; building: ML; capacity: number } | null;
  readonly eventId: string;
  readonly bodyId: string;
  readonly sittingDate: string;
  readonly sittingPublished: boolean;
  readonly questions: readonly { id: GuidingQuestionId; position: number; text: ML }[];
}

const sittingRow = (db: Kysely<Schema>, sittingId: SittingId) =>
  db
    .selectFrom("sittings")
    .select(["id", "event_id", "body_id", "date", "published", "data"])
    .where("id", "=", sittingId)
    .executeTakeFirst();

/** A discussion group as a floor, whoever asks (the read side decides who may see it). */
export const readGroupFloor = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<Floor> => {
  const group = await db.selectFrom("discussion_groups").selectAll().where("id", "=", groupId).executeTakeFirst();
  const sitting = group ? await sittingRow(db, group.sitting_id) : undefined;
  if (!group || !sitting) throw notFound("Discussion group", groupId);
  const data = decodeColumn(groupData, group.data, "discussion_groups", group.id);
  const questions = await db.selectFrom("guiding_questions").selectAll().where("group_id", "=", groupId).orderBy("position").execute();
  return {
    kind: "group",
    key: `group:${groupId}`,
    sittingId: sitting.id,
    groupId: group.id,
    groupNumber: group.number,
    title: data.title,
    room: data.room,
    eventId: sitting.event_id,
    bodyId: sitting.body_id,
    sittingDate: sitting.date,
    sittingPublished: sitting.published === 1,
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: decodeColumn(guidingQuestionData, q.data, "guiding_questions", q.id).text,
    })),
  };
};

/** The plenary of a sitting as a floor, whoever asks (the read side decides who may see it). */
export const readPlenaryFloor = async (db: Kysely<Schema>, sittingId: SittingId): Promise<Floor> => {
  const sitting = await sittingRow(db, sittingId);
  if (!sitting) throw notFound("Sitting", sittingId);
  return {
    kind: "plenary",
    key: `plenary:${sitting.id}`,
    sittingId: sitting.id,
    groupId: null,
    groupNumber: null,
    title: decodeColumn(sittingData, sitting.data, "sittings", sitting.id).title,
    room: null,
    eventId: sitting.event_id,
    bodyId: sitting.body_id,
    sittingDate: sitting.date,
    sittingPublished: sitting.published === 1,
    questions: [],
  };
};

/** Whether an account has a participant record in an event. */
export const isParticipantOf = async (db: Kysely<Schema>, eventId: string, accountId: AccountId): Promise<boolean> =>
  (await db
    .selectFrom("participants")
    .select("id")
    .where("event_id", "=", eventId)
    .where("account_id", "=", accountId)
    .executeTakeFirst()) !== undefined;

/** Whether the caller has a participant record in the floor's event (what plenary rights rest on). */
export const isEventParticipant = async (db: Kysely<Schema>, p: Principal, floor: Floor): Promise<boolean> =>
  p.accountId !== null && (await isParticipantOf(db, floor.eventId, p.accountId));

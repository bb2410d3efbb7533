import type { Kysely } from "kysely";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { found } from "./versioned.js";
import { decodeColumn } from "../decode.js";
import { groupData, guidingQuestionData } from "../columns/setup.js";
import type { DiscussionGroupId, SittingId, GuidingQuestionId } from "../../domain/ids.js";

type ML = MultilingualText;

export interface RoomFields {
  readonly hall: ML;
  readonly floor: ML;
  readonly building: ML;
  readonly capacity: number;
}

export interface GroupFields {
  readonly number: number;
  readonly title: ML;
  readonly description: ML[];
  readonly room: RoomFields;
}

/** A discussion group as set-up edits it; its guiding questions share its version, and it is public with its sitting. */
export interface GroupSnapshot extends GroupFields {
  readonly id: DiscussionGroupId;
  readonly sittingId: SittingId;
  readonly guidingQuestions: { id: GuidingQuestionId; position: number; text: ML }[];
  readonly published: boolean;
  readonly version: number;
}

/** One group with its guiding questions in order. */
export const loadGroup = async (db: Kysely<Schema>, id: DiscussionGroupId): Promise<GroupSnapshot> => {
  const row = found(
    await db
      .selectFrom("discussion_groups")
      .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
      .selectAll("discussion_groups")
      .select("sittings.published as published")
      .where("discussion_groups.id", "=", id)
      .executeTakeFirst(),
    "Discussion group",
    id,
  );
  const questions = await db.selectFrom("guiding_questions").selectAll().where("group_id", "=", id).orderBy("position").execute();
  const d = decodeColumn(groupData, row.data, "discussion_groups", row.id);
  return {
    id: row.id,
    sittingId: row.sitting_id,
    number: row.number,
    title: d.title,
    description: d.description,
    room: d.room,
    guidingQuestions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: decodeColumn(guidingQuestionData, q.data, "guiding_questions", q.id).text,
    })),
    published: row.published === 1,
    version: row.version,
  };
};

/** The groups of a sitting, by number. */
export const listGroups = async (db: Kysely<Schema>, sittingId: SittingId): Promise<GroupSnapshot[]> => {
  const rows = await db.selectFrom("discussion_groups").select("id").where("sitting_id", "=", sittingId).orderBy("number").execute();
  return Promise.all(rows.map((r) => loadGroup(db, r.id)));
};

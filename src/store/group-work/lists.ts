import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { EventScope } from "../../domain/events.js";
import { restoreSpeakersList, storedSpeakersList } from "../../domain/speakers/restore.js";
import { EMPTY_SPEAKERS_LIST, type SpeakersList } from "../../domain/speakers/types.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import type { Floor } from "./floor.js";

/** A speakers list with what the store keeps beside it. */
export interface StoredList {
  readonly id: string | null;
  readonly list: SpeakersList;
  readonly projectorPublished: boolean;
}

/** A list as its row stores it. */
export const storedListOf = (row: Schema["speakers_lists"]): StoredList => ({
  id: row.id,
  list: restoreSpeakersList(JSON.parse(row.data), Number(row.version)),
  projectorPublished: row.projector_published === 1,
});

/** The floor's list as last committed; an untouched floor has an empty list at version 0. */
export const readList = async (db: Kysely<Schema>, floor: Floor): Promise<StoredList> => {
  const row = await db.selectFrom("speakers_lists").selectAll().where("key", "=", floor.key).executeTakeFirst();
  return row ? storedListOf(row) : { id: null, list: EMPTY_SPEAKERS_LIST, projectorPublished: false };
};

/**
 * Reads the floor's list for a write, creating its row on first use and holding its lock until commit,
 * so writes to one list run one after the other on both stores.
 */
export const lockList = async (ctx: WriteContext, floor: Floor): Promise<StoredList & { id: string }> => {
  await ctx.trx
    .insertInto("speakers_lists")
    .values({
      id: randomUUID(),
      key: floor.key,
      sitting_id: floor.sittingId,
      group_id: floor.groupId,
      projector_published: 0,
      data: storedSpeakersList(EMPTY_SPEAKERS_LIST),
      version: 0,
      updated_at: ctx.now,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  await ctx.trx
    .updateTable("speakers_lists")
    .set((eb) => ({ version: eb("version", "+", 0) }))
    .where("key", "=", floor.key)
    .execute();
  const row = await ctx.trx.selectFrom("speakers_lists").selectAll().where("key", "=", floor.key).executeTakeFirstOrThrow();
  return { ...storedListOf(row), id: row.id };
};

/** Writes a list's new state; the caller holds its lock (lockList). */
export const saveList = async (ctx: WriteContext, id: string, list: SpeakersList): Promise<void> => {
  await ctx.trx
    .updateTable("speakers_lists")
    .set({ data: storedSpeakersList(list), version: list.version, updated_at: ctx.now })
    .where("id", "=", id)
    .execute();
};

/** Sets whether the public may read the floor's projector view. */
export const setProjectorPublished = async (ctx: WriteContext, floor: Floor, published: boolean): Promise<StoredList> => {
  const locked = await lockList(ctx, floor);
  await ctx.trx
    .updateTable("speakers_lists")
    .set({ projector_published: published ? 1 : 0, updated_at: ctx.now })
    .where("id", "=", locked.id)
    .execute();
  return { ...locked, projectorPublished: published };
};

/**
 * Who hears of a change to a floor's list: everyone while its projector is published (the public reads it then),
 * otherwise the group's members and the staff; in plenary, everyone who holds a role in the meeting.
 */
export const listScope = (floor: Floor, projectorPublished: boolean): EventScope =>
  projectorPublished && floor.sittingPublished ? "public" : floor.groupId !== null ? `group:${floor.groupId}` : "members";

/** Finished turns, withdrawn and absent requests of a floor, oldest first. */
export const listClosedRequests = async (db: Kysely<Schema>, floor: Floor) => {
  let q = db.selectFrom("speaker_requests").selectAll().where("sitting_id", "=", floor.sittingId);
  q = floor.groupId === null ? q.where("group_id", "is", null) : q.where("group_id", "=", floor.groupId);
  return q.orderBy("requested_at").orderBy("id").execute();
};

/** One request that left a floor's list (a finished turn, a withdrawn or absent request), or undefined. */
export const closedRequest = async (db: Kysely<Schema>, floor: Floor, id: string) => {
  let q = db.selectFrom("speaker_requests").selectAll().where("sitting_id", "=", floor.sittingId).where("id", "=", id);
  q = floor.groupId === null ? q.where("group_id", "is", null) : q.where("group_id", "=", floor.groupId);
  return q.executeTakeFirst();
};

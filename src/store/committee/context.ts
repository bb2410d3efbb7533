import type { Kysely } from "kysely";
import { DomainError, notFound } from "../../domain/errors.js";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";
import type { DraftStage } from "../../domain/model.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { Schema } from "../schema.js";
import { decodeColumn } from "../decode.js";
import { groupData, bodyData } from "../columns/setup.js";

/** A discussion group with the sitting and body it belongs to: the scope of its events and who presides. */
export interface GroupContext {
  readonly groupId: DiscussionGroupId;
  readonly sittingId: SittingId;
  readonly bodyId: string;
  readonly number: number;
  readonly title: MultilingualText;
  readonly bodyName: MultilingualText;
}

/** A draft resolution with what the committee work needs: its committee, stage, version and event time zone. */
export interface DraftContext {
  readonly id: string;
  readonly sittingId: SittingId | null;
  readonly symbol: string;
  readonly committeeBodyId: string | null;
  readonly stage: DraftStage;
  readonly version: number;
  readonly published: boolean;
  readonly timeZone: string | null;
}

/** The text of a multilingual name in its original language. */
export const originalText = (text: MultilingualText): string => text.versions[text.original]?.text ?? "";

/** A group, its sitting and body; unknown ids are not found. */
export const groupContext = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<GroupContext> => {
  const row = await db
    .selectFrom("discussion_groups")
    .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
    .innerJoin("bodies", "bodies.id", "sittings.body_id")
    .select([
      "discussion_groups.id",
      "discussion_groups.number",
      "discussion_groups.data",
      "sittings.id as sitting_id",
      "bodies.id as body_id",
      "bodies.data as body_data",
    ])
    .where("discussion_groups.id", "=", groupId)
    .executeTakeFirst();
  if (!row) throw notFound("Discussion group", groupId);
  return {
    groupId: row.id,
    sittingId: row.sitting_id,
    bodyId: row.body_id,
    number: row.number,
    title: decodeColumn(groupData, row.data, "discussion_groups", row.id).title,
    bodyName: decodeColumn(bodyData, row.body_data, "bodies", row.body_id).name,
  };
};

/** A draft resolution and the time zone of its event; unknown ids are not found. */
export const draftContext = async (db: Kysely<Schema>, draftId: string): Promise<DraftContext> => {
  const row = await db
    .selectFrom("draft_resolutions")
    .leftJoin("sittings", "sittings.id", "draft_resolutions.sitting_id")
    .select([
      "draft_resolutions.id",
      "draft_resolutions.sitting_id",
      "draft_resolutions.symbol",
      "draft_resolutions.committee_body_id",
      "draft_resolutions.stage",
      "draft_resolutions.version",
      "draft_resolutions.published",
      "sittings.time_zone",
    ])
    .where("draft_resolutions.id", "=", draftId)
    .executeTakeFirst();
  if (!row) throw notFound("Draft resolution", draftId);
  return {
    id: row.id,
    sittingId: row.sitting_id,
    symbol: row.symbol,
    committeeBodyId: row.committee_body_id,
    stage: row.stage,
    version: row.version,
    published: row.published === 1,
    timeZone: row.time_zone ?? null,
  };
};

/** The name of a body in its original language. */
export const bodyName = async (db: Kysely<Schema>, bodyId: string): Promise<string> => {
  const row = await db.selectFrom("bodies").select("data").where("id", "=", bodyId).executeTakeFirst();
  if (!row) throw notFound("Body", bodyId);
  return originalText(decodeColumn(bodyData, row.data, "bodies", bodyId).name);
};

/** Refuses a change made against an older version, with the current state in the details. */
export const expectVersion = (what: string, current: { version: number } & Record<string, unknown>, expected: number): void => {
  if (current.version !== expected) throw new DomainError("stale_version", `${what} changed since you loaded it`, [], { current });
};

/** Refuses a write that lost a race: the row's version moved between reading and writing. */
export const expectUpdated = (result: { numUpdatedRows: bigint }, what: string): void => {
  if (Number(result.numUpdatedRows) !== 1) throw new DomainError("stale_version", `${what} changed meanwhile; load it again`);
};

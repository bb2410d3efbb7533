import type { Kysely } from "kysely";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";
import type { Schema } from "../schema.js";

/** The sittings of some drafts and discussion groups, each once: the start page subscribes to their live events. */
export const sittingsOfDraftsAndGroups = async (
  db: Kysely<Schema>,
  draftIds: readonly string[],
  groupIds: readonly DiscussionGroupId[],
): Promise<SittingId[]> => {
  const fromDrafts = draftIds.length
    ? await db
        .selectFrom("draft_resolutions")
        .select("sitting_id")
        .where("id", "in", [...draftIds])
        .execute()
    : [];
  const fromGroups = groupIds.length
    ? await db
        .selectFrom("discussion_groups")
        .select("sitting_id")
        .where("id", "in", [...groupIds])
        .execute()
    : [];
  return [...new Set([...fromDrafts.map((r) => r.sitting_id), ...fromGroups.map((r) => r.sitting_id)].filter((s) => s !== null))];
};

import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { storedListOf } from "../../store/group-work/lists.js";
import type { Schema } from "../../store/schema.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../domain/ids.js";
import { GROUP_ROLES } from "../../domain/groups/membership.js";
import type { TaskKind } from "../../domain/tasks/kinds.js";

/** A group task: choose a group in a sitting whose groups are at work, or join yours while it has the floor. */
export interface GroupTask {
  readonly kind: Extract<TaskKind, "choose_group" | "group_speaking">;
  readonly sittingId: SittingId;
  readonly groupId: DiscussionGroupId | null;
  readonly draftId: string | null;
  /** For a group in session: the name of who has the floor. */
  readonly status: string | null;
}

/** Sittings whose discussion groups still work on a draft: a draft not yet revised. */
const workingSittings = async (db: Kysely<Schema>, eventIds: readonly string[]) => {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom("sittings")
    .innerJoin("draft_resolutions", "draft_resolutions.sitting_id", "sittings.id")
    .select(["sittings.id as sittingId", "draft_resolutions.id as draftId"])
    .where("sittings.event_id", "in", [...eventIds])
    .where("sittings.published", "=", 1)
    .where("draft_resolutions.stage", "=", "draft")
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("draft_versions").select("id").whereRef("draft_versions.from_draft_id", "=", "draft_resolutions.id"))),
    )
    .orderBy("sittings.date")
    .orderBy("sittings.number")
    .execute();
  const withGroups = new Set(
    rows.length
      ? (
          await db
            .selectFrom("discussion_groups")
            .select("sitting_id")
            .where(
              "sitting_id",
              "in",
              rows.map((r) => r.sittingId),
            )
            .execute()
        ).map((g) => g.sitting_id)
      : [],
  );
  return rows.filter((r) => withGroups.has(r.sittingId));
};

/**
 * A delegate of an event whose groups are at work and who belongs to none of that sitting's groups is asked to
 * choose one; a member whose group has someone speaking is told the group is in session.
 */
export const groupTasksFor = async (db: Kysely<Schema>, p: Principal): Promise<GroupTask[]> => {
  if (p.accountId === null || !can(p, { kind: "join_group" })) return [];
  const me = p.accountId;
  const tasks: GroupTask[] = [];
  const events = await db
    .selectFrom("participants")
    .select("event_id")
    .where("account_id", "=", me)
    .where("deactivated_at", "is", null)
    .execute();
  const memberOf = p.roles
    .filter((r) => GROUP_ROLES.some((g) => g === r.role) && r.scope?.startsWith("group:"))
    .map((r) => asId<DiscussionGroupId>(r.scope!.slice(6)));
  const mine = memberOf.length
    ? await db.selectFrom("discussion_groups").select(["id", "sitting_id"]).where("id", "in", memberOf).execute()
    : [];
  const sittingsWithMine = new Set(mine.map((g) => g.sitting_id));
  const seen = new Set<string>();
  for (const w of await workingSittings(
    db,
    events.map((e) => e.event_id),
  )) {
    if (sittingsWithMine.has(w.sittingId) || seen.has(w.sittingId)) continue;
    seen.add(w.sittingId);
    tasks.push({ kind: "choose_group", sittingId: w.sittingId, groupId: null, draftId: w.draftId, status: null });
  }
  if (mine.length) {
    const lists = await db
      .selectFrom("speakers_lists")
      .selectAll()
      .where(
        "group_id",
        "in",
        mine.map((g) => g.id),
      )
      .execute();
    for (const row of lists) {
      const { list } = storedListOf(row);
      if (list.speaking && row.group_id)
        tasks.push({
          kind: "group_speaking",
          sittingId: row.sitting_id,
          groupId: row.group_id,
          draftId: null,
          status: list.speaking.speaker.name,
        });
    }
  }
  return tasks;
};

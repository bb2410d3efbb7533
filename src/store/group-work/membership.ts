import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Role } from "../../domain/authorization.js";
import type { AccountId, DiscussionGroupId, SittingId } from "../../domain/ids.js";
import { GROUP_ROLES, planJoin, planLeave, type GroupRole } from "../../domain/groups/membership.js";
import { DomainError } from "../../domain/errors.js";
import { lockLog } from "../events.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import type { Floor } from "./floor.js";
import { decodeColumn, oneOf } from "../decode.js";
import { groupData } from "../columns/setup.js";

/** The accounts holding a role in a group (chair, rapporteur, participants): who is in its room. */
export const groupMemberIds = async (db: Kysely<Schema>, groupIds: readonly string[]): Promise<Map<string, AccountId[]>> => {
  const out = new Map<string, AccountId[]>(groupIds.map((g) => [g, []]));
  if (groupIds.length === 0) return out;
  const rows = await db
    .selectFrom("role_assignments")
    .select(["account_id", "scope"])
    .where("role", "in", [...GROUP_ROLES])
    .where(
      "scope",
      "in",
      groupIds.map((g) => `group:${g}`),
    )
    .execute();
  for (const r of rows) {
    const list = out.get((r.scope ?? "").slice(6));
    if (list && !list.includes(r.account_id)) list.push(r.account_id);
  }
  return out;
};

/** The groups of a sitting with their number and room capacity. */
export const groupsOfSitting = async (db: Kysely<Schema>, sittingId: SittingId) => {
  const rows = await db
    .selectFrom("discussion_groups")
    .select(["id", "number", "data"])
    .where("sitting_id", "=", sittingId)
    .orderBy("number")
    .execute();
  return rows.map((g) => ({
    id: g.id,
    number: g.number,
    capacity: decodeColumn(groupData, g.data, "discussion_groups", g.id).room.capacity,
  }));
};

const rolesInSitting = async (db: Kysely<Schema>, sittingId: SittingId, accountId: AccountId): Promise<GroupRole[]> => {
  const groups = await groupsOfSitting(db, sittingId);
  const rows = await db
    .selectFrom("role_assignments")
    .select(["role", "scope"])
    .where("account_id", "=", accountId)
    .where("role", "in", [...GROUP_ROLES])
    .execute();
  return rows.flatMap((r) => {
    const g = groups.find((x) => r.scope === `group:${x.id}`);
    return g ? [{ groupId: g.id, groupNumber: g.number, role: oneOf(GROUP_ROLES, r.role, `role_assignments of ${accountId}`) }] : [];
  });
};

const closeMembership = async (ctx: WriteContext, groupId: DiscussionGroupId, accountId: AccountId, how: string) => {
  await ctx.trx
    .updateTable("group_memberships")
    .set({ left_at: ctx.now, left_how: how })
    .where("group_id", "=", groupId)
    .where("account_id", "=", accountId)
    .where("left_at", "is", null)
    .execute();
};

const recordMove = (
  ctx: WriteContext,
  sittingId: SittingId,
  type: string,
  groupId: DiscussionGroupId,
  accountId: AccountId,
  payload: Record<string, unknown>,
) => {
  ctx.record({
    type,
    subject: `discussion_group:${groupId}`,
    sittingId,
    scope: `group:${groupId}`,
    payload: { groupId, accountId, ...payload },
  });
};

/**
 * Puts a person in a group (the command has checked who may): one group at a time per sitting, the room's capacity
 * holds, the move is recorded in the membership history and as events (to both groups and to the person, whose live
 * connection must reconnect to follow the new group).
 */
export const addMember = async (ctx: WriteContext, floor: Floor, accountId: AccountId, how: "chose" | "assigned") => {
  if (!floor.groupId || !floor.room) throw new DomainError("not_found", "Only discussion groups have members");
  await lockLog(ctx.trx);
  const members = (await groupMemberIds(ctx.trx, [floor.groupId])).get(floor.groupId) ?? [];
  const move = planJoin({
    target: { id: floor.groupId, number: floor.groupNumber ?? 0, capacity: floor.room.capacity, members: members.length },
    rolesInSitting: await rolesInSitting(ctx.trx, floor.sittingId, accountId),
  });
  if (move.leave) {
    await ctx.trx
      .deleteFrom("role_assignments")
      .where("account_id", "=", accountId)
      .where("role", "=", "participant")
      .where("scope", "=", `group:${move.leave.groupId}`)
      .execute();
    await closeMembership(ctx, move.leave.groupId, accountId, how === "chose" ? "moved" : "reassigned");
    recordMove(ctx, floor.sittingId, "discussion_group.member_left", move.leave.groupId, accountId, { how: "moved", to: floor.groupId });
  }
  await ctx.trx
    .insertInto("role_assignments")
    .values({ id: randomUUID(), account_id: accountId, role: "participant", scope: `group:${floor.groupId}`, created_at: ctx.now })
    .execute();
  await ctx.trx
    .insertInto("group_memberships")
    .values({
      id: randomUUID(),
      group_id: floor.groupId,
      sitting_id: floor.sittingId,
      account_id: accountId,
      joined_at: ctx.now,
      joined_how: how,
      joined_by: ctx.actor,
      left_at: null,
      left_how: null,
    })
    .execute();
  recordMove(ctx, floor.sittingId, "discussion_group.member_joined", floor.groupId, accountId, {
    how,
    from: move.leave?.groupId ?? null,
    members: members.length + 1,
  });
  ctx.record({
    type: "membership.changed",
    subject: `account:${accountId}`,
    sittingId: floor.sittingId,
    scope: `account:${accountId}`,
    payload: { groupId: floor.groupId, from: move.leave?.groupId ?? null, how },
  });
  return { groupId: floor.groupId, from: move.leave?.groupId ?? null, members: members.length + 1 };
};

/** Takes a participant out of a group (by their choice or the secretariat's), recorded like a move. */
export const removeMember = async (ctx: WriteContext, floor: Floor, accountId: AccountId, how: "left" | "removed") => {
  if (!floor.groupId) throw new DomainError("not_found", "Only discussion groups have members");
  await lockLog(ctx.trx);
  const { groupId } = planLeave(floor.groupId, await rolesInSitting(ctx.trx, floor.sittingId, accountId));
  await ctx.trx
    .deleteFrom("role_assignments")
    .where("account_id", "=", accountId)
    .where("role", "=", "participant")
    .where("scope", "=", `group:${groupId}`)
    .execute();
  await closeMembership(ctx, groupId, accountId, how);
  recordMove(ctx, floor.sittingId, "discussion_group.member_left", groupId, accountId, { how, to: null });
  ctx.record({
    type: "membership.changed",
    subject: `account:${accountId}`,
    sittingId: floor.sittingId,
    scope: `account:${accountId}`,
    payload: { groupId: null, from: groupId, how },
  });
  return { groupId, from: groupId, members: ((await groupMemberIds(ctx.trx, [groupId])).get(groupId) ?? []).length };
};

/** The role assignments of a group among the given roles. */
export const groupMemberRoles = (db: Kysely<Schema>, groupId: DiscussionGroupId, roles: readonly Role[]) =>
  db
    .selectFrom("role_assignments")
    .select(["account_id", "role"])
    .where("scope", "=", `group:${groupId}`)
    .where("role", "in", [...roles])
    .execute();

/** A group's membership history, oldest first. */
export const membershipHistory = (db: Kysely<Schema>, groupId: DiscussionGroupId) =>
  db.selectFrom("group_memberships").selectAll().where("group_id", "=", groupId).orderBy("joined_at").orderBy("id").execute();

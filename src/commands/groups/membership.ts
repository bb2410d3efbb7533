import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { AccountId, DiscussionGroupId } from "../../domain/ids.js";
import { rolesOf } from "../../store/accounts.js";
import { lockLog } from "../../store/events.js";
import { isParticipantOf } from "../../store/group-work/floor.js";
import { loadGroupFloor } from "./floor.js";
import { addMember, groupMemberRoles, membershipHistory, removeMember } from "../../store/group-work/membership.js";
import { speakerFacts } from "../../store/group-work/speaker-facts.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";

const ROLE_ORDER = ["chair", "rapporteur", "participant"] as const;

/**
 * Puts a person in a group: their own choice, or the secretariat's assignment of someone else. Only the event's
 * participants join, and observers never do; the store moves them out of their previous group of the sitting.
 */
export const joinGroup = async (ctx: WriteContext, p: Principal, groupId: DiscussionGroupId, accountId: AccountId) => {
  const assigned = accountId !== p.accountId;
  if (assigned && !can(p, { kind: "assign_group_members" }))
    throw new DomainError("forbidden", "Only the secretariat assigns others to a group");
  const floor = await loadGroupFloor(ctx.trx, p, groupId);
  if (!floor.groupId || !floor.room) throw new DomainError("not_found", "Only discussion groups have members");
  await lockLog(ctx.trx);
  if (!(await isParticipantOf(ctx.trx, floor.eventId, accountId)))
    throw new DomainError("conflict", "Only participants of the event join its discussion groups", [], { accountId });
  if (!can({ accountId, roles: await rolesOf(ctx.trx, accountId) }, { kind: "join_group" }))
    throw new DomainError("forbidden", "Observers follow the sitting; they do not join a group", [], { accountId });
  return addMember(ctx, floor, accountId, assigned ? "assigned" : "chose");
};

/** Takes a participant out of a group: oneself, or someone else by the secretariat. */
export const leaveGroup = async (ctx: WriteContext, p: Principal, groupId: DiscussionGroupId, accountId: AccountId) => {
  const self = accountId === p.accountId;
  if (!self && !can(p, { kind: "assign_group_members" }))
    throw new DomainError("forbidden", "Only the secretariat takes others out of a group");
  const floor = await loadGroupFloor(ctx.trx, p, groupId);
  return removeMember(ctx, floor, accountId, self ? "left" : "removed");
};

/** A group's members (chair, rapporteur, participants), for its members and the staff. */
export const groupMembers = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId) => {
  const floor = await loadGroupFloor(db, p, groupId);
  if (!can(p, { kind: "follow_group", groupId }))
    throw new DomainError("forbidden", "Only the group's members and the staff see its members");
  const roles = await groupMemberRoles(db, groupId, ROLE_ORDER);
  const people = await speakerFacts(db, floor.eventId, [...new Set(roles.map((r) => r.account_id))]);
  const members = roles
    .map((r) => ({
      accountId: r.account_id,
      name: people.get(r.account_id)?.name ?? "",
      parliament: people.get(r.account_id)?.parliament ?? "",
      role: r.role as (typeof ROLE_ORDER)[number],
    }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
  return { groupId, capacity: floor.room?.capacity ?? 0, members };
};

/** Who joined and left a group, when and how: for its chair and the staff. */
export const groupMembershipHistory = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId) => {
  await loadGroupFloor(db, p, groupId);
  if (!can(p, { kind: "read_participation", groupId }))
    throw new DomainError("forbidden", "Only the chair and the staff see the membership history");
  const rows = await membershipHistory(db, groupId);
  return {
    groupId,
    history: rows.map((r) => ({
      accountId: r.account_id,
      joinedAt: r.joined_at,
      joinedHow: r.joined_how,
      joinedBy: r.joined_by,
      leftAt: r.left_at,
      leftHow: r.left_how,
    })),
  };
};

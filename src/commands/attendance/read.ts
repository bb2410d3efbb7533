import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import { sittingAttendance, sittingRef, type SittingAttendance } from "../../store/attendance/attendance.js";
import type { Schema } from "../../store/schema.js";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";

/** The whole attendance of a sitting for the staff and the body's presiding officer; otherwise not found. */
export const readSittingAttendance = async (db: Kysely<Schema>, p: Principal, sittingId: SittingId): Promise<SittingAttendance> => {
  const ref = await sittingRef(db, sittingId);
  if (!can(p, { kind: "read_attendance", groupId: null, bodyId: ref.bodyId })) throw notFound("Attendance of sitting", sittingId);
  return sittingAttendance(db, sittingId);
};

/** A group's count present and quorum, for its members and the staff, with the body's rule. */
export const readGroupAttendance = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId) => {
  const group = await db.selectFrom("discussion_groups").select(["id", "sitting_id"]).where("id", "=", groupId).executeTakeFirst();
  if (!group) throw notFound("Discussion group", groupId);
  const ref = await sittingRef(db, group.sitting_id);
  if (!can(p, { kind: "read_attendance", groupId, bodyId: ref.bodyId })) throw notFound("Discussion group", groupId);
  const all = await sittingAttendance(db, group.sitting_id);
  const mine = all.groups.find((g) => g.groupId === groupId)!;
  return { sittingId: ref.sittingId, bodyId: ref.bodyId, groupId, number: mine.number, rule: all.rule, quorum: mine.quorum };
};

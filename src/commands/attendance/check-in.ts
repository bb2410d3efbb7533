import { nextPresence, type AttendanceStep, type CheckInMethod, type Presence } from "../../domain/attendance/attendance.js";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { presencesAt, type SittingRef } from "../../store/attendance/attendance.js";
import { hashSecret } from "../../store/accounts.js";
import type { WriteContext } from "../../store/write-context.js";
import { mayActFor, ownParticipant, participantAt, recordAttendance, sittingFor, type AttendingParticipant } from "./shared.js";
import type { SittingId, ParticipantId } from "../../domain/ids.js";

/** What a check-in or check-out changed: the person, their presence before and after (unchanged when repeated). */
export interface AttendanceChange {
  readonly participantId: ParticipantId;
  readonly name: string;
  readonly from: Presence;
  readonly presence: Presence;
  readonly changed: boolean;
}

const apply = async (
  ctx: WriteContext,
  sitting: SittingRef,
  who: AttendingParticipant,
  step: AttendanceStep,
): Promise<AttendanceChange> => {
  const current = (await presencesAt(ctx.trx, sitting.sittingId)).get(who.id);
  const from = current?.presence ?? "absent";
  const to = nextPresence(from, step);
  if (to === null) return { participantId: who.id, name: who.name, from, presence: from, changed: false };
  const method: CheckInMethod = step.type === "check_in" ? step.method : (current?.method ?? "secretariat");
  const row = { presence: to, method, checked_by: ctx.actor, updated_at: ctx.now };
  // One row per person and sitting: a door scan and the desk at the same moment leave the later presence, never an error.
  await ctx.trx
    .insertInto("attendance")
    .values({ sitting_id: sitting.sittingId, participant_id: who.id, ...row })
    .onConflict((oc) => oc.columns(["sitting_id", "participant_id"]).doUpdateSet(row))
    .execute();
  recordAttendance(ctx, sitting, step.type === "check_in" ? "attendance.checked_in" : "attendance.checked_out", `participant:${who.id}`, {
    participantId: who.id,
    from,
    presence: to,
    method: step.type === "check_in" ? step.method : null,
  });
  return { participantId: who.id, name: who.name, from, presence: to, changed: true };
};

/**
 * Checks a participant in: the secretariat's desk (in the hall or remote) for anyone, the person themselves
 * only remotely. Checking in again where one already is changes nothing.
 */
export const checkIn = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  participantId: ParticipantId,
  mode: "in_hall" | "remote",
): Promise<AttendanceChange> => {
  const sitting = await sittingFor(ctx, sittingId);
  const who = await participantAt(ctx, sitting, participantId);
  const self = who.accountId !== null && who.accountId === ctx.actor;
  if (!can(p, { kind: "take_attendance" })) {
    if (!self) throw new DomainError("forbidden", "Only the secretariat checks others in");
    if (mode !== "remote") throw new DomainError("forbidden", "Presence in the hall is taken at the door or by the secretariat");
  }
  return apply(ctx, sitting, who, { type: "check_in", mode, method: can(p, { kind: "take_attendance" }) ? "secretariat" : "self_remote" });
};

/** The caller joins the sitting remotely, as themselves. */
export const joinRemotely = async (ctx: WriteContext, p: Principal, sittingId: SittingId): Promise<AttendanceChange> => {
  const sitting = await sittingFor(ctx, sittingId);
  const me = await ownParticipant(ctx, sitting);
  if (!me || p.accountId === null) throw new DomainError("forbidden", "Only a participant of this event joins its sittings");
  return apply(ctx, sitting, me, { type: "check_in", mode: "remote", method: "self_remote" });
};

/** Checks a participant out: the secretariat anyone, a person themselves. */
export const checkOut = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  participantId: ParticipantId,
): Promise<AttendanceChange> => {
  const sitting = await sittingFor(ctx, sittingId);
  const who = await participantAt(ctx, sitting, participantId);
  if (!mayActFor(p, who.accountId !== null && who.accountId === ctx.actor))
    throw new DomainError("forbidden", "Only the secretariat checks others out");
  return apply(ctx, sitting, who, { type: "check_out" });
};

/** The sign-in token inside what the door scanner read: the slip's whole link, or the code typed from it. */
export const tokenOf = (code: string): string => {
  const text = code.trim();
  if (!/[?&]token=/.test(text)) return text;
  try {
    return new URL(text, "http://link.invalid").searchParams.get("token") ?? "";
  } catch {
    return "";
  }
};

/**
 * The door scanner (a secretariat screen) reads a participant's access slip and checks them into the hall.
 * The slip's link identifies its holder whether or not it was used to sign in; a link replaced since is refused.
 */
export const checkInByScan = async (ctx: WriteContext, p: Principal, sittingId: SittingId, code: string): Promise<AttendanceChange> => {
  if (!can(p, { kind: "take_attendance" })) throw new DomainError("forbidden", "Only the secretariat's door scanner checks people in");
  const sitting = await sittingFor(ctx, sittingId);
  const token = tokenOf(code);
  const link = token
    ? await ctx.trx.selectFrom("sign_in_tokens").select("account_id").where("id", "=", hashSecret(token)).executeTakeFirst()
    : undefined;
  const row = link
    ? await ctx.trx
        .selectFrom("participants")
        .select("id")
        .where("account_id", "=", link.account_id)
        .where("event_id", "=", sitting.eventId)
        .executeTakeFirst()
    : undefined;
  if (!row)
    throw new DomainError("not_found", "This code is not an access slip of this event, or it was replaced by a newer one", [
      { path: "code", message: "unknown" },
    ]);
  const who = await participantAt(ctx, sitting, row.id);
  return apply(ctx, sitting, who, { type: "check_in", mode: "in_hall", method: "door_scan" });
};

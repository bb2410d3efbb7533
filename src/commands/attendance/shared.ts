import type { Principal } from "../../domain/authorization.js";
import { can } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { AccountId, SittingId, ParticipantId } from "../../domain/ids.js";
import type { WriteContext } from "../../store/write-context.js";
import { sittingRef, type SittingRef } from "../../store/attendance/attendance.js";

/** A participant of the sitting's event, active, as attendance needs them. */
export interface AttendingParticipant {
  readonly id: ParticipantId;
  readonly accountId: AccountId | null;
  readonly name: string;
}

/** The participant, who must belong to the sitting's event and be active. */
export const participantAt = async (
  ctx: WriteContext,
  sitting: SittingRef,
  participantId: ParticipantId,
): Promise<AttendingParticipant> => {
  const row = await ctx.trx
    .selectFrom("participants")
    .select(["id", "account_id", "name", "event_id", "deactivated_at"])
    .where("id", "=", participantId)
    .executeTakeFirst();
  if (!row || row.event_id !== sitting.eventId) throw notFound("Participant", participantId);
  if (row.deactivated_at !== null) throw new DomainError("conflict", `${row.name} is deactivated and cannot attend`);
  return { id: row.id, accountId: row.account_id, name: row.name };
};

/** The caller's own participant record at the sitting's event, or null. */
export const ownParticipant = async (ctx: WriteContext, sitting: SittingRef): Promise<AttendingParticipant | null> => {
  if (ctx.actor === null) return null;
  const row = await ctx.trx
    .selectFrom("participants")
    .select(["id", "account_id", "name"])
    .where("event_id", "=", sitting.eventId)
    .where("account_id", "=", ctx.actor)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  return row ? { id: row.id, accountId: row.account_id, name: row.name } : null;
};

/** The sitting, and whether the caller acts for someone else (the secretariat) or only for themselves. */
export const sittingFor = async (ctx: WriteContext, sittingId: SittingId): Promise<SittingRef> => sittingRef(ctx.trx, sittingId);

/** Only the secretariat acts for others; a person acts for themselves. */
export const mayActFor = (p: Principal, self: boolean): boolean => self || can(p, { kind: "take_attendance" });

/** Records an attendance event for the sitting, seen by the signed-in members: the live count follows it. */
export const recordAttendance = (ctx: WriteContext, sitting: SittingRef, type: string, subject: string, payload: Record<string, unknown>) =>
  ctx.record({
    type,
    subject,
    sittingId: sitting.sittingId,
    scope: "members",
    payload: { bodyId: sitting.bodyId, ...payload },
  });

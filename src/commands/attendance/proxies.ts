import { randomUUID } from "node:crypto";
import { checkProxy } from "../../domain/attendance/proxy.js";
import type { Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { loadQuorumRule, openProxies } from "../../store/attendance/attendance.js";
import type { WriteContext } from "../../store/write-context.js";
import { mayActFor, participantAt, recordAttendance, sittingFor } from "./shared.js";
import type { SittingId, ParticipantId } from "../../domain/ids.js";

/** A proxy as recorded: who gave their vote to whom for the sitting. */
export interface GivenProxy {
  readonly id: string;
  readonly giver: ParticipantId;
  readonly holder: ParticipantId;
}

/**
 * An absent member gives their vote for the sitting to a present one, where the body allows it: the member
 * themselves, or the secretariat from a signed proxy form. The holder votes for them, recorded as such.
 */
export const giveProxy = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  input: { giverId: ParticipantId; holderId: ParticipantId },
): Promise<GivenProxy> => {
  const sitting = await sittingFor(ctx, sittingId);
  const giver = await participantAt(ctx, sitting, input.giverId);
  const holder = await participantAt(ctx, sitting, input.holderId);
  if (!mayActFor(p, giver.accountId !== null && giver.accountId === ctx.actor))
    throw new DomainError("forbidden", "Only the member themselves or the secretariat gives a proxy");
  const { rule } = await loadQuorumRule(ctx.trx, sitting.bodyId);
  checkProxy(rule, await openProxies(ctx.trx, sittingId), { giver: giver.id, holder: holder.id });
  const id = randomUUID();
  await ctx.trx
    .insertInto("proxies")
    .values({
      id,
      sitting_id: sittingId,
      giver_id: giver.id,
      holder_id: holder.id,
      given_by: ctx.actor,
      given_at: ctx.now,
      withdrawn_by: null,
      withdrawn_at: null,
    })
    .execute();
  recordAttendance(ctx, sitting, "proxy.given", `proxy:${id}`, { giverId: giver.id, holderId: holder.id });
  return { id, giver: giver.id, holder: holder.id };
};

/** Withdraws a proxy: the giver, the holder or the secretariat. It stays in the record with its withdrawal. */
export const withdrawProxy = async (ctx: WriteContext, p: Principal, sittingId: SittingId, proxyId: string): Promise<GivenProxy> => {
  const sitting = await sittingFor(ctx, sittingId);
  const row = await ctx.trx
    .selectFrom("proxies")
    .selectAll()
    .where("id", "=", proxyId)
    .where("sitting_id", "=", sittingId)
    .executeTakeFirst();
  if (!row) throw notFound("Proxy", proxyId);
  if (row.withdrawn_at !== null) throw new DomainError("invalid_transition", "This proxy was already withdrawn", [], { from: "withdrawn" });
  const people = await ctx.trx.selectFrom("participants").select("account_id").where("id", "in", [row.giver_id, row.holder_id]).execute();
  if (!mayActFor(p, ctx.actor !== null && people.some((x) => x.account_id === ctx.actor)))
    throw new DomainError("forbidden", "Only the giver, the holder or the secretariat withdraws a proxy");
  await ctx.trx.updateTable("proxies").set({ withdrawn_by: ctx.actor, withdrawn_at: ctx.now }).where("id", "=", proxyId).execute();
  recordAttendance(ctx, sitting, "proxy.withdrawn", `proxy:${proxyId}`, { giverId: row.giver_id, holderId: row.holder_id });
  return { id: row.id, giver: row.giver_id, holder: row.holder_id };
};

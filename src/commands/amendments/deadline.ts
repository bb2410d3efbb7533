import { can, type Principal } from "../../domain/authorization.js";
import { checkDeadline, deadlineInstant, describeDeadline, isLate, lateMessage } from "../../domain/deadlines/deadline.js";
import { DomainError } from "../../domain/errors.js";
import { deadlineOf, deadlineView, type DeadlineView } from "../../store/amendments/deadlines.js";
import { draftContext, expectVersion } from "../../store/committee/context.js";
import type { WriteContext } from "../../store/write-context.js";

/** How a submission meets the deadline: on time unless the secretariat accepts a late one, with its reason. */
export interface SubmitOptions {
  readonly acceptLate: boolean;
  readonly reason: string | null;
}

/** A plain submission: a late one is refused. */
export const ON_TIME: SubmitOptions = { acceptLate: false, reason: null };

/**
 * Judges a submission to a draft on the server clock against its deadline: a late one is refused with the deadline in
 * the event's zone, unless the secretariat accepts it explicitly, stating why. Every path that submits goes through here.
 */
export const judgeSubmission = async (ctx: WriteContext, p: Principal, draftId: string, options: SubmitOptions = ON_TIME) => {
  const deadline = await deadlineOf(ctx.trx, draftId);
  const late = deadline !== null && isLate(ctx.now, deadline);
  if (!late) return { late: false as const, deadline };
  if (!options.acceptLate) {
    const [date, time] = deadline.local.split("T") as [string, string];
    const reason = { code: "deadline_passed_amendments", params: { date, time, timeZone: deadline.timeZone } } as const;
    throw new DomainError("deadline_passed", lateMessage(deadline), [], { deadline, now: ctx.now }, reason);
  }
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat accepts a late amendment");
  if (!options.reason?.trim())
    throw new DomainError("validation_failed", "Accepting a late amendment states the reason", [
      { path: "body.reason", message: "required" },
    ]);
  return { late: true as const, deadline };
};

/** The secretariat sets (or moves) the deadline, a local time in the event's zone unless another zone is named. */
export const setDeadline = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  input: { local: string; timeZone: string | null; version: number | null },
): Promise<DeadlineView> => {
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat sets deadlines");
  const draft = await draftContext(ctx.trx, draftId);
  const timeZone = input.timeZone ?? draft.timeZone;
  if (!timeZone)
    throw new DomainError("validation_failed", "This draft belongs to no event; name the time zone", [
      { path: "body.timeZone", message: "required" },
    ]);
  const d = checkDeadline({ local: input.local, timeZone });
  const current = await ctx.trx.selectFrom("submission_deadlines").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  if (current) {
    if (input.version !== null) expectVersion("The deadline", { ...deadlineView(current) }, input.version);
    await ctx.trx
      .updateTable("submission_deadlines")
      .set({ local: d.local, time_zone: d.timeZone, set_by: ctx.actor, set_at: ctx.now, version: current.version + 1 })
      .where("draft_id", "=", draftId)
      .execute();
  } else {
    await ctx.trx
      .insertInto("submission_deadlines")
      .values({ draft_id: draftId, local: d.local, time_zone: d.timeZone, set_by: ctx.actor, set_at: ctx.now, version: 1 })
      .execute();
  }
  const result: DeadlineView = {
    ...d,
    instant: deadlineInstant(d),
    description: describeDeadline(d),
    version: (current?.version ?? 0) + 1,
  };
  ctx.record({
    type: "deadline.set",
    subject: `draft_resolution:${draftId}`,
    sittingId: draft.sittingId,
    scope: "public",
    payload: { draftId, ...result },
  });
  return result;
};

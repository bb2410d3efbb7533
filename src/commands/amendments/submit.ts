import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import { loadAdoption } from "../../store/committee/adoption.js";
import { draftContext } from "../../store/committee/context.js";
import type { WriteContext } from "../../store/write-context.js";
import { deadlineOf } from "../../store/amendments/deadlines.js";
import type { SubmitOptions } from "./deadline.js";
import { transitionAmendment } from "./transition.js";

/**
 * Submits an amendment to the committee, judged on the server clock against the draft's deadline, and records
 * when and by whom; a late one the secretariat accepted is recorded with its reason.
 */
export const submitAmendment = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  version: number,
  options: SubmitOptions,
): Promise<StoredAmendment & { late: boolean }> => {
  const stored = await transitionAmendment(ctx, p, amendmentId, { type: "submit" }, version, options);
  const { late } = stored;
  await ctx.trx
    .insertInto("submissions")
    .values({
      amendment_id: amendmentId,
      submitted_by: ctx.actor,
      submitted_at: ctx.now,
      late: late ? 1 : 0,
      accepted_by: late ? ctx.actor : null,
      reason: late ? options.reason : null,
    })
    .execute();
  if (late) {
    const draft = await draftContext(ctx.trx, stored.draftId);
    const deadline = await deadlineOf(ctx.trx, stored.draftId);
    ctx.record({
      type: "amendment.late_accepted",
      subject: `amendment:${amendmentId}`,
      sittingId: draft.sittingId,
      scope: "public",
      payload: { draftId: draft.id, deadline, reason: options.reason },
    });
  }
  return stored;
};

/** The body submits every amendment it adopted that is not yet submitted, each judged against the deadline. */
export const submitAdoption = async (ctx: WriteContext, p: Principal, adoptionId: string, options: SubmitOptions) => {
  const adoption = await loadAdoption(ctx.trx, adoptionId);
  if (!can(p, { kind: "preside", bodyId: adoption.bodyId }))
    throw new DomainError("forbidden", "Only the body's presiding officer submits its amendments");
  const ids = adoption.amendments.map((a) => a.id);
  const rows = ids.length
    ? await ctx.trx.selectFrom("amendments").select(["id", "status", "version"]).where("id", "in", ids).execute()
    : [];
  const pending = rows.filter((r) => r.status === "draft");
  if (pending.length === 0) throw new DomainError("invalid_transition", "The body's amendments were already submitted", [], { adoptionId });
  const submitted = [];
  for (const r of pending) submitted.push(await submitAmendment(ctx, p, r.id, r.version, options));
  return submitted;
};

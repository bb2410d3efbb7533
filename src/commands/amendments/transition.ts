import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { transition, type AmendmentTransition } from "../../domain/text/amendment-workflow.js";
import { amendmentScope, encodeAmendmentData, findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { visibleTo } from "./read.js";
import { bodyAmendmentOf } from "../../store/committee/adoption.js";
import type { WriteContext } from "../../store/write-context.js";
import { syncAmendmentTranslations } from "../../store/translations/sync.js";
import { judgeSubmission, ON_TIME, type SubmitOptions } from "./deadline.js";

const mayDo = (p: Principal, current: StoredAmendment, action: AmendmentTransition): boolean => {
  const own = current.createdBy !== null && current.createdBy === p.accountId;
  const byAuthor = action.type === "submit" || action.type === "withdraw";
  return byAuthor ? own || can(p, { kind: "manage_meeting" }) : can(p, { kind: "decide_amendments" });
};

/** A group proposal the body adopted (as it stood or merged) reaches the committee only as the body's amendment. */
const refuseAdoptedProposal = async (ctx: WriteContext, current: StoredAmendment) => {
  const became = await bodyAmendmentOf(ctx.trx, current.draftId, current.amendment.id);
  if (became)
    throw new DomainError(
      "invalid_transition",
      `Amendment ${current.number} was adopted by the body as amendment ${became.number}; that amendment goes before the committee`,
      [],
      {
        bodyAmendmentId: became.id,
      },
    );
};

/**
 * Moves an amendment through the workflow's one transition table: the author submits or withdraws, the secretariat
 * decides; a stale version is refused with the current state, a submission after the deadline unless accepted late.
 */
export const transitionAmendment = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  action: AmendmentTransition,
  expectedVersion: number,
  submission: SubmitOptions = ON_TIME,
): Promise<StoredAmendment & { late: boolean }> => {
  const current = await findAmendment(ctx.trx, amendmentId);
  if (!current || !visibleTo(p, current)) throw notFound("Amendment", amendmentId);
  if (!mayDo(p, current, action))
    throw new DomainError(
      "forbidden",
      action.type === "submit" || action.type === "withdraw"
        ? "Only the amendment's author or the secretariat may do this"
        : "Only the committee's secretariat decides on amendments",
    );
  if (current.version !== expectedVersion)
    throw new DomainError("stale_version", `Amendment ${current.number} changed since you loaded it`, [], { current: current.version });
  if (action.type === "merge") {
    const into = await ctx.trx
      .selectFrom("amendments")
      .select("id")
      .where("id", "=", action.into)
      .where("draft_id", "=", current.draftId)
      .executeTakeFirst();
    if (!into)
      throw new DomainError("validation_failed", "The compromise amendment is not an amendment of this draft", [
        { path: "body.into", message: "unknown amendment" },
      ]);
  }
  const next = transition(current.amendment, action);
  if (action.type === "submit") await refuseAdoptedProposal(ctx, current);
  const { late } = action.type === "submit" ? await judgeSubmission(ctx, p, current.draftId, submission) : { late: false };
  const updated = await ctx.trx
    .updateTable("amendments")
    .set({ status: next.status, data: encodeAmendmentData(next), version: current.version + 1 })
    .where("id", "=", next.id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", `Amendment ${current.number} changed meanwhile`);
  const stored: StoredAmendment = { ...current, amendment: next, version: current.version + 1 };
  const sitting = await ctx.trx.selectFrom("draft_resolutions").select("sitting_id").where("id", "=", current.draftId).executeTakeFirst();
  ctx.record({
    type: action.type === "reopen" ? "amendment.reopened" : `amendment.${next.status}`,
    subject: `amendment:${next.id}`,
    sittingId: sitting?.sitting_id ?? null,
    scope: amendmentScope(stored),
    payload: { draftId: current.draftId, number: current.number, from: current.amendment.status, to: next.status, transition: action },
  });
  // Tabled, revised, withdrawn or merged: its translation tasks follow in the same transaction.
  await syncAmendmentTranslations(ctx, stored);
  return { ...stored, late };
};

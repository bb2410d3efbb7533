import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDecision, type Decision } from "../../domain/decisions/decision.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { AmendmentTransition } from "../../domain/text/amendment-workflow.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import { decidingBody } from "../../store/committee/committee.js";
import { draftContext } from "../../store/committee/context.js";
import type { WriteContext } from "../../store/write-context.js";
import { transitionAmendment } from "./transition.js";

/** Records who decided on an amendment for the committee and how, with its event. */
export const recordCommitteeDecision = async (
  ctx: WriteContext,
  stored: StoredAmendment,
  bodyId: string,
  transition: AmendmentTransition["type"],
  decision: Decision,
) => {
  await ctx.trx
    .insertInto("committee_decisions")
    .values({
      id: randomUUID(),
      amendment_id: stored.amendment.id,
      body_id: bodyId,
      transition,
      data: JSON.stringify({ decision }),
      decided_by: ctx.actor,
      decided_at: ctx.now,
    })
    .execute();
  const draft = await draftContext(ctx.trx, stored.draftId);
  ctx.record({
    type: "committee.decided",
    subject: `amendment:${stored.amendment.id}`,
    sittingId: draft.sittingId,
    scope: "public",
    payload: { draftId: stored.draftId, number: stored.number, bodyId, transition, status: stored.amendment.status, decision },
  });
};

/** Checks that the caller records the committee's decisions and that the body decides for the draft's committee. */
export const mustDecideFor = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  input: { bodyId: string; decision: Decision },
): Promise<void> => {
  if (!can(p, { kind: "decide_amendments" })) throw new DomainError("forbidden", "Only the committee's secretariat records its decisions");
  await decidingBody(ctx.trx, draftId, input.bodyId);
  checkDecision(input.decision, "body.decision");
};

/** The committee (or its drafting group) decides on an amendment through the amendment workflow's table, recording who decided and how. */
export const decideForCommittee = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  input: { version: number; transition: AmendmentTransition; bodyId: string; decision: Decision },
): Promise<StoredAmendment> => {
  const row = await ctx.trx.selectFrom("amendments").select("draft_id").where("id", "=", amendmentId).executeTakeFirst();
  if (!row) throw notFound("Amendment", amendmentId);
  await mustDecideFor(ctx, p, row.draft_id, input);
  const { late: _late, ...stored } = await transitionAmendment(ctx, p, amendmentId, input.transition, input.version);
  await recordCommitteeDecision(ctx, stored, input.bodyId, input.transition.type, input.decision);
  return stored;
};

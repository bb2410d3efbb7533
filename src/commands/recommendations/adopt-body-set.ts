import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDecision, isCarried } from "../../domain/decisions/decision.js";
import { DomainError } from "../../domain/errors.js";
import { planBodySet, resolveBodySet, type PlacePlan } from "../../domain/recommendations/body-set.js";
import { recommendationProvenance } from "../../domain/recommendations/provenance.js";
import { presentedFor, proposalsOf, type AdoptionInput, type BodyAdoption } from "../../store/committee/adoption.js";
import { bodyName, draftContext } from "../../store/committee/context.js";
import { saveRecommendation } from "../../store/committee/recommendations.js";
import { loadRecommendation } from "./read.js";
import { visibleDraft } from "../drafts/read.js";
import type { WriteContext } from "../../store/write-context.js";
import { proposeAmendment } from "../amendments/propose.js";

/**
 * The presiding officer records the body's adoption: its single set of amendments (identical proposals merged and
 * credited to every group, conflicts resolved by a choice or a compromise) becomes the body's draft amendments.
 */
export const adoptBodySet = async (ctx: WriteContext, p: Principal, bodyId: string, input: AdoptionInput): Promise<BodyAdoption> => {
  if (!can(p, { kind: "preside", bodyId }))
    throw new DomainError("forbidden", "Only the body's presiding officer puts its amendments to adoption");
  checkDecision(input.decision, "body.decision");
  const draftInfo = await draftContext(ctx.trx, input.draftId);
  const presented = await presentedFor(ctx.trx, bodyId, input.draftId);
  const recs = input.recommendationIds.map((id, i) => {
    const s = presented.find((r) => r.recommendation.id === id);
    if (!s)
      throw new DomainError("validation_failed", "Only presented recommendations of this body's groups on this draft are put to adoption", [
        { path: `body.recommendationIds.${i}`, message: "not presented here" },
      ]);
    return s;
  });
  const proposals = await proposalsOf(ctx.trx, recs);
  input.leaveOut.forEach((id, i) => {
    if (!proposals.some((x) => x.amendment.id === id))
      throw new DomainError("validation_failed", "Not a proposal of these recommendations", [
        { path: `body.leaveOut.${i}`, message: "unknown proposal" },
      ]);
  });
  const carried = isCarried(input.decision);
  const kept = proposals.filter((x) => !input.leaveOut.includes(x.amendment.id));
  const plan: PlacePlan[] = carried ? planBodySet(kept) : [];
  const resolved = carried ? resolveBodySet(plan, input.resolutions) : { amendments: [], outcomes: [] };
  const id = randomUUID();
  const draft = await visibleDraft(ctx.trx, p, input.draftId);
  const author = await bodyName(ctx.trx, bodyId);
  const amendments: BodyAdoption["amendments"][number][] = [];
  for (const a of resolved.amendments) {
    const stored = await proposeAmendment(ctx, p, draft, {
      action: a.action,
      target: a.target,
      after: a.after,
      kind: a.kind,
      text: a.text,
      language: a.language,
      author,
      coSponsors: [],
      justification: null,
      provenance: recommendationProvenance(a.sources.map((s) => s.recommendationId)),
      submit: false,
    });
    amendments.push({
      id: stored.amendment.id,
      number: stored.number,
      key: a.key,
      how: a.how,
      sources: a.sources.map((s) => ({ amendmentId: s.amendment.id, recommendationId: s.recommendationId })),
    });
  }
  const bodyAmendmentOf = (key: string, became: string) =>
    became === "not_chosen" ? null : (amendments.find((a) => a.key === key)?.id ?? null);
  const outcomes: BodyAdoption["outcomes"][number][] = [
    ...resolved.outcomes.map((o) => ({ ...o, bodyAmendmentId: bodyAmendmentOf(o.key, o.became) })),
    ...proposals
      .filter((x) => !carried || input.leaveOut.includes(x.amendment.id))
      .map((x) => ({
        amendmentId: x.amendment.id,
        recommendationId: x.recommendationId,
        key: "",
        became: carried ? ("left_out" as const) : ("not_adopted" as const),
        bodyAmendmentId: null,
      })),
  ];
  for (const s of recs) {
    const current = await loadRecommendation(ctx.trx, p, s.recommendation.id);
    await saveRecommendation(ctx, current, carried ? { type: "adopt", adoptionId: id } : { type: "not_adopt", adoptionId: id }, {
      type: carried ? "recommendation.adopted" : "recommendation.not_adopted",
      payload: { adoptionId: id },
    });
  }
  const adoption: BodyAdoption = {
    id,
    bodyId,
    draftId: input.draftId,
    recommendationIds: [...input.recommendationIds],
    decision: input.decision,
    amendments,
    outcomes,
    decidedBy: ctx.actor,
    createdAt: ctx.now,
  };
  const { id: _i, bodyId: _b, draftId: _d, decidedBy: _by, createdAt: _c, ...data } = adoption;
  await ctx.trx
    .insertInto("body_adoptions")
    .values({ id, body_id: bodyId, draft_id: input.draftId, data: JSON.stringify(data), decided_by: ctx.actor, created_at: ctx.now })
    .execute();
  ctx.record({
    type: "body_adoption.recorded",
    subject: `body_adoption:${id}`,
    sittingId: draftInfo.sittingId,
    scope: "public",
    payload: {
      bodyId,
      draftId: input.draftId,
      decision: input.decision,
      amendments: amendments.map((a) => ({ id: a.id, number: a.number, how: a.how })),
    },
  });
  return adoption;
};

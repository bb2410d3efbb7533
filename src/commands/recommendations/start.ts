import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { newRecommendation } from "../../domain/recommendations/recommendation.js";
import { groupContext } from "../../store/committee/context.js";
import { encodeRecommendation, type StoredRecommendation } from "../../store/committee/recommendations.js";
import type { WriteContext } from "../../store/write-context.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/** The rapporteur starts the group's recommendation on a draft; one per group and draft. */
export const startRecommendation = async (
  ctx: WriteContext,
  p: Principal,
  groupId: DiscussionGroupId,
  draftId: string,
): Promise<StoredRecommendation> => {
  const group = await groupContext(ctx.trx, groupId);
  if (!can(p, { kind: "edit_group_drafts", groupId }))
    throw new DomainError("forbidden", "Only the group's rapporteur drafts its recommendation");
  const draft = await ctx.trx.selectFrom("draft_resolutions").select(["id", "published"]).where("id", "=", draftId).executeTakeFirst();
  if (!draft || (draft.published !== 1 && !can(p, { kind: "read_unpublished" }))) throw notFound("Draft resolution", draftId);
  const existing = await ctx.trx
    .selectFrom("recommendations")
    .select("id")
    .where("group_id", "=", groupId)
    .where("draft_id", "=", draftId)
    .executeTakeFirst();
  if (existing) throw new DomainError("conflict", "The group already has a recommendation on this draft", [], { id: existing.id });
  const recommendation = newRecommendation(randomUUID(), group.groupId, draftId);
  await ctx.trx
    .insertInto("recommendations")
    .values({
      id: recommendation.id,
      group_id: groupId,
      draft_id: draftId,
      status: "drafting",
      data: encodeRecommendation(recommendation, {}),
      created_by: ctx.actor,
      created_at: ctx.now,
      updated_at: ctx.now,
      version: 1,
    })
    .execute();
  ctx.record({
    type: "recommendation.started",
    subject: `recommendation:${recommendation.id}`,
    sittingId: group.sittingId,
    scope: `group:${groupId}`,
    payload: { groupId, draftId },
  });
  return { recommendation, amendmentContributions: {}, version: 1, createdAt: ctx.now, updatedAt: ctx.now };
};

import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { RecommendationText } from "../../domain/recommendations/recommendation.js";
import { checkRecommendationTexts, saveRecommendation } from "../../store/committee/recommendations.js";
import { loadForChange } from "./read.js";
import type { WriteContext } from "../../store/write-context.js";

/** The rapporteur writes the texts per guiding question; each save is seen live by the group. */
export const editRecommendationTexts = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  texts: readonly RecommendationText[],
) => {
  const current = await loadForChange(ctx, p, id, version, (c) => {
    if (!can(p, { kind: "edit_group_drafts", groupId: c.recommendation.groupId }))
      throw new DomainError("forbidden", "Only the group's rapporteur edits its recommendation");
  });
  await checkRecommendationTexts(ctx, current.recommendation.groupId, texts);
  return saveRecommendation(ctx, current, { type: "edit", texts }, { type: "recommendation.edited", payload: { texts } });
};

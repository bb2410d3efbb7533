import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { DiscussionGroupId, GuidingQuestionId } from "../../domain/ids.js";
import { listContributions, recordContribution, type ContributionInput } from "../../store/group-work/contributions.js";
import { loadGroupFloor } from "./floor.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";

/** Records a member's contribution on a guiding question of their group. */
export const contribute = async (ctx: WriteContext, p: Principal, groupId: DiscussionGroupId, input: ContributionInput) => {
  const floor = await loadGroupFloor(ctx.trx, p, groupId);
  if (!can(p, { kind: "take_part_in_group", groupId })) throw new DomainError("forbidden", "Only the group's members contribute to it");
  return recordContribution(ctx, floor, input);
};

/** A group's contributions, oldest first, optionally for one guiding question: for its members and the staff. */
export const groupContributions = async (db: Kysely<Schema>, p: Principal, groupId: DiscussionGroupId, questionId?: GuidingQuestionId) => {
  const floor = await loadGroupFloor(db, p, groupId);
  if (!can(p, { kind: "follow_group", groupId }))
    throw new DomainError("forbidden", "Only the group's members and the staff read its contributions");
  return listContributions(db, floor, questionId);
};

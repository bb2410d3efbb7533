import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import type { DiscussionGroupId } from "../../domain/ids.js";
import type { Recommendation } from "../../domain/recommendations/recommendation.js";
import { expectVersion, groupContext, type GroupContext } from "../../store/committee/context.js";
import { findRecommendation, groupRecommendations, isPresented, type StoredRecommendation } from "../../store/committee/recommendations.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";

/**
 * Whether a person may read a recommendation: once presented to the body, everyone; until then it is the
 * group's own work, read by its members and the staff, and by the presiding officer who presents it.
 */
export const mayRead = (p: Principal, r: Recommendation, group: GroupContext): boolean =>
  isPresented(r) || can(p, { kind: "read_group_drafts", groupId: r.groupId }) || can(p, { kind: "preside", bodyId: group.bodyId });

/** A recommendation the reader may read, with its group; otherwise not found. */
export const loadRecommendation = async (
  db: Kysely<Schema>,
  p: Principal,
  id: string,
): Promise<StoredRecommendation & { group: GroupContext }> => {
  const found = await findRecommendation(db, id);
  if (!mayRead(p, found.recommendation, found.group)) throw notFound("Recommendation", id);
  return found;
};

/** The recommendations of a group that the reader may read, oldest first. */
export const listGroupRecommendations = async (
  db: Kysely<Schema>,
  p: Principal,
  groupId: DiscussionGroupId,
): Promise<StoredRecommendation[]> => {
  const group = await groupContext(db, groupId);
  return (await groupRecommendations(db, groupId)).filter((s) => mayRead(p, s.recommendation, group));
};

/**
 * A recommendation about to change: readable by the caller, allowed to them by `authorize` (asked before the
 * version, so a person without the right hears "forbidden", not "someone else changed it"), at the version they saw.
 */
export const loadForChange = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  authorize: (current: StoredRecommendation & { group: GroupContext }) => void,
) => {
  const current = await loadRecommendation(ctx.trx, p, id);
  authorize(current);
  expectVersion("The recommendation", { version: current.version, status: current.recommendation.status }, version);
  return current;
};

import type { Kysely } from "kysely";
import { DomainError, notFound } from "../../domain/errors.js";
import type { EventScope } from "../../domain/events.js";
import type { AmendmentId, DiscussionGroupId } from "../../domain/ids.js";
import {
  applyRecommendation,
  RECOMMENDATION_STATUSES,
  type Recommendation,
  type RecommendationStatus,
  type RecommendationText,
  type RecommendationTransition,
} from "../../domain/recommendations/recommendation.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import { expectUpdated, groupContext, type GroupContext } from "./context.js";
import { decodeColumn, oneOf } from "../decode.js";
import { commentData, recommendationData } from "../columns/committee.js";
import { syncRecommendationTranslations } from "../translations/sync.js";

/** A recommendation as stored, with the contributions each proposed amendment draws on. */
export interface StoredRecommendation {
  readonly recommendation: Recommendation;
  readonly amendmentContributions: Readonly<Record<string, readonly string[]>>;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const fromRow = (r: Schema["recommendations"]): StoredRecommendation => {
  const { amendmentContributions, ...rest } = decodeColumn(recommendationData, r.data, "recommendations", r.id);
  return {
    recommendation: {
      ...rest,
      id: r.id,
      groupId: r.group_id,
      draftId: r.draft_id,
      status: oneOf(RECOMMENDATION_STATUSES, r.status, `recommendations.status of ${r.id}`),
    },
    amendmentContributions,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

/** A recommendation's `data` column as written. */
export const encodeRecommendation = (r: Recommendation, amendmentContributions: Readonly<Record<string, readonly string[]>>): string => {
  const { id: _i, groupId: _g, draftId: _d, status: _s, ...rest } = r;
  return JSON.stringify({ ...rest, amendmentContributions });
};

/** Once presented to the body a recommendation is public; before, only its group, the staff and the presiding officer see it. */
const PUBLIC_FROM: readonly RecommendationStatus[] = ["presented", "adopted", "not_adopted"];

/** Whether a recommendation has been presented to the body, and so is public (who reads it before is decided beside the commands). */
export const isPresented = (r: Recommendation): boolean => PUBLIC_FROM.includes(r.status);

/** The scope of a recommendation's events: its group while drafted and agreed, everyone once presented. */
export const scopeOf = (r: Recommendation): EventScope => (isPresented(r) ? "public" : `group:${r.groupId}`);

/** A recommendation as stored, with its group; whoever may read it is decided by the caller. Not found when there is none. */
export const findRecommendation = async (db: Kysely<Schema>, id: string): Promise<StoredRecommendation & { group: GroupContext }> => {
  const row = await db.selectFrom("recommendations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Recommendation", id);
  return { ...fromRow(row), group: await groupContext(db, row.group_id) };
};

/** Every recommendation of a group as stored, oldest first; the caller filters by rights. */
export const groupRecommendations = async (db: Kysely<Schema>, groupId: DiscussionGroupId): Promise<StoredRecommendation[]> =>
  (await db.selectFrom("recommendations").selectAll().where("group_id", "=", groupId).orderBy("created_at").execute()).map(fromRow);

/** The recommendations on a draft, whatever their group (for the body, provenance and tasks). */
export const recommendationsOfDraft = async (db: Kysely<Schema>, draftId: string): Promise<StoredRecommendation[]> =>
  (await db.selectFrom("recommendations").selectAll().where("draft_id", "=", draftId).orderBy("created_at").execute()).map(fromRow);

/** Every recommendation (for tasks and forward provenance; the caller filters by rights). */
export const allRecommendations = async (db: Kysely<Schema>): Promise<StoredRecommendation[]> =>
  (await db.selectFrom("recommendations").selectAll().orderBy("created_at").execute()).map(fromRow);

/** Writes a step of the recommendation's table with its event; the version guards against lost updates. */
export const saveRecommendation = async (
  ctx: WriteContext,
  current: StoredRecommendation & { group: GroupContext },
  step: RecommendationTransition,
  event: { type: string; payload: Record<string, unknown> },
  amendmentContributions = current.amendmentContributions,
): Promise<StoredRecommendation> => {
  const next = applyRecommendation(current.recommendation, step);
  const result = await ctx.trx
    .updateTable("recommendations")
    .set({
      status: next.status,
      data: encodeRecommendation(next, amendmentContributions),
      updated_at: ctx.now,
      version: current.version + 1,
    })
    .where("id", "=", next.id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  expectUpdated(result, "The recommendation");
  ctx.record({
    type: event.type,
    subject: `recommendation:${next.id}`,
    sittingId: current.group.sittingId,
    scope: scopeOf(next),
    payload: {
      groupId: next.groupId,
      draftId: next.draftId,
      from: current.recommendation.status,
      to: next.status,
      version: current.version + 1,
      ...event.payload,
    },
  });
  // Agreed by the group, its texts ask for their other languages in the same transaction.
  await syncRecommendationTranslations(ctx, next);
  return { ...current, recommendation: next, amendmentContributions, version: current.version + 1, updatedAt: ctx.now };
};

/** Checks a recommendation's texts: its group's guiding questions, contributions made in the group. */
export const checkRecommendationTexts = async (
  ctx: WriteContext,
  groupId: DiscussionGroupId,
  texts: readonly RecommendationText[],
): Promise<void> => {
  const questions = new Set<string>(
    (await ctx.trx.selectFrom("guiding_questions").select("id").where("group_id", "=", groupId).execute()).map((q) => q.id),
  );
  const cited = [...new Set(texts.flatMap((t) => t.contributions))];
  const known = new Set(
    cited.length
      ? (await ctx.trx.selectFrom("contributions").select("id").where("group_id", "=", groupId).where("id", "in", cited).execute()).map(
          (c) => c.id,
        )
      : [],
  );
  texts.forEach((t, i) => {
    if (t.questionId !== null && !questions.has(t.questionId))
      throw new DomainError("validation_failed", "The guiding question is not one of this group's", [
        { path: `body.texts.${i}.questionId`, message: "not a question of this group" },
      ]);
    t.contributions.forEach((c, j) => {
      if (!known.has(c))
        throw new DomainError("validation_failed", "The contribution was not made in this group", [
          { path: `body.texts.${i}.contributions.${j}`, message: "unknown contribution" },
        ]);
    });
  });
};

/** Checks that cited contributions were made in the group. */
export const checkContributions = async (
  ctx: WriteContext,
  groupId: DiscussionGroupId,
  ids: readonly string[],
  path: string,
): Promise<void> =>
  checkRecommendationTexts(ctx, groupId, [{ questionId: null, text: "", language: "en", contributions: ids }]).catch((e: unknown) => {
    if (e instanceof DomainError)
      throw new DomainError(
        e.code,
        e.message,
        e.issues.map((i) => ({ ...i, path: i.path.replace("body.texts.0.contributions", path) })),
      );
    throw e;
  });

/** Moves the proposed amendments list (added or removed amendment ids), with the contributions each draws on. */
export const setRecommendationAmendments = async (
  ctx: WriteContext,
  current: StoredRecommendation & { group: GroupContext },
  amendmentIds: readonly AmendmentId[],
  amendmentContributions: Readonly<Record<string, readonly string[]>>,
  event: { type: string; payload: Record<string, unknown> },
) => saveRecommendation(ctx, current, { type: "edit", amendmentIds }, event, amendmentContributions);

/** The comments on a recommendation, oldest first. */
export const commentsOf = async (db: Kysely<Schema>, recommendationId: string) =>
  (
    await db
      .selectFrom("recommendation_comments")
      .selectAll()
      .where("recommendation_id", "=", recommendationId)
      .orderBy("created_at")
      .execute()
  ).map((r) => ({
    id: r.id,
    accountId: r.account_id,
    ...decodeColumn(commentData, r.data, "recommendation_comments", r.id),
    createdAt: r.created_at,
  }));

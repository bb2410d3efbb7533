import type { Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { FollowTarget } from "../../domain/notifications/kinds.js";
import { mayFollow } from "../../domain/notifications/follow.js";
import type { Kysely } from "kysely";
import { isFollowing } from "../../store/notifications/read.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";
import { asId, type DiscussionGroupId } from "../../domain/ids.js";

/** Whether a draft or a group exists and is published; a hidden one reads as missing to those who may not see it. */
const targetFacts = async (db: Kysely<Schema>, p: Principal, target: FollowTarget, id: string) => {
  const row =
    target === "draft"
      ? await db.selectFrom("draft_resolutions").select("published").where("id", "=", id).executeTakeFirst()
      : await db
          .selectFrom("discussion_groups")
          .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
          .select("sittings.published")
          .where("discussion_groups.id", "=", asId<DiscussionGroupId>(id))
          .executeTakeFirst();
  const facts = row ? { id, published: row.published === 1 } : null;
  if (!facts || (!facts.published && !mayFollow(p, target, facts)))
    throw notFound(target === "draft" ? "Draft resolution" : "Discussion group", id);
  return facts;
};

/** Whether the caller follows a draft or a group, and whether they may. */
export const followState = async (db: Kysely<Schema>, p: Principal, target: FollowTarget, id: string) => {
  const facts = await targetFacts(db, p, target, id);
  const following = p.accountId !== null && (await isFollowing(db, p.accountId, target, id));
  return { target, targetId: id, following, permissions: { follow: mayFollow(p, target, facts) } };
};

/** The caller starts or stops following a draft or a group; following twice or stopping twice changes nothing. */
export const setFollowing = async (ctx: WriteContext, p: Principal, target: FollowTarget, id: string, following: boolean) => {
  const facts = await targetFacts(ctx.trx, p, target, id);
  if (p.accountId === null) throw new DomainError("unauthenticated", "Sign in to follow");
  if (following && !mayFollow(p, target, facts))
    throw new DomainError(
      "forbidden",
      target === "group" ? "Only the group's members and the staff follow its work" : "You may not follow this",
    );
  const was = await isFollowing(ctx.trx, p.accountId, target, id);
  if (was !== following) {
    if (following)
      await ctx.trx.insertInto("follows").values({ account_id: p.accountId, target, target_id: id, created_at: ctx.now }).execute();
    else
      await ctx.trx
        .deleteFrom("follows")
        .where("account_id", "=", p.accountId)
        .where("target", "=", target)
        .where("target_id", "=", id)
        .execute();
    ctx.record({
      type: following ? "follow.started" : "follow.ended",
      subject: `${target === "draft" ? "draft_resolution" : "discussion_group"}:${id}`,
      sittingId: null,
      scope: `account:${p.accountId}`,
      payload: { target, targetId: id },
    });
  }
  return { target, targetId: id, following, permissions: { follow: mayFollow(p, target, facts) } };
};

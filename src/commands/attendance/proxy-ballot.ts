import { effectiveProxies } from "../../domain/attendance/proxy.js";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { applyVote, type Choice } from "../../domain/votes/vote.js";
import { loadQuorumRule, openProxies, presencesAt } from "../../store/attendance/attendance.js";
import { type StoredVote } from "../../store/committee/votes.js";
import { loadVote } from "../votes/read.js";
import { groupMemberIds } from "../../store/group-work/membership.js";
import type { Kysely } from "kysely";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";
import type { AccountId, ParticipantId } from "../../domain/ids.js";

/** A proxy the caller holds for a vote's group, with the ballot cast for its giver in the current round. */
export interface HeldProxy {
  readonly proxyId: string;
  readonly giverId: ParticipantId;
  readonly giverName: string;
  /** Whether the proxy counts now: its giver absent and its holder present. */
  readonly usable: boolean;
  readonly choice: Choice | null;
}

/** The proxies the caller holds from members of the vote's group, and what was cast with each in this round. */
export const heldProxies = async (db: Kysely<Schema>, accountId: AccountId | null, s: StoredVote): Promise<HeldProxy[]> => {
  if (accountId === null) return [];
  const sittingId = s.group.sittingId;
  const [{ rule }, proxies, entries, members] = await Promise.all([
    loadQuorumRule(db, s.group.bodyId),
    openProxies(db, sittingId),
    presencesAt(db, sittingId),
    groupMemberIds(db, [s.group.groupId]),
  ]);
  const me = new Set((await db.selectFrom("participants").select("id").where("account_id", "=", accountId).execute()).map((r) => r.id));
  const mine = proxies.filter((x) => me.has(x.holder));
  if (mine.length === 0) return [];
  const givers = await db
    .selectFrom("participants")
    .select(["id", "name", "account_id"])
    .where(
      "id",
      "in",
      mine.map((x) => x.giver),
    )
    .execute();
  const usable = new Set(effectiveProxies(rule, mine, new Map([...entries].map(([id, e]) => [id, e.presence]))).map((x) => x.giver));
  const inGroup = new Set(members.get(s.group.groupId) ?? []);
  return mine.flatMap((x) => {
    const giver = givers.find((g) => g.id === x.giver);
    if (!giver?.account_id || !inGroup.has(giver.account_id)) return [];
    return [
      {
        proxyId: x.id,
        giverId: giver.id,
        giverName: giver.name,
        usable: usable.has(giver.id),
        choice: s.vote.ballots[giver.account_id] ?? null,
      },
    ];
  });
};

/**
 * A present member casts the ballot of an absent member of the group who gave them a proxy for the sitting:
 * a second ballot, recorded as cast for the giver by the holder. The body must allow proxies.
 */
export const castProxyBallot = async (
  ctx: WriteContext,
  p: Principal,
  voteId: string,
  giverId: ParticipantId,
  choice: Choice,
): Promise<{ vote: StoredVote; proxies: HeldProxy[] }> => {
  if (ctx.actor === null) throw new DomainError("unauthenticated", "Sign in to vote");
  await ctx.trx
    .updateTable("votes")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("id", "=", voteId)
    .execute();
  const current = await loadVote(ctx.trx, p, voteId);
  if (!can(p, { kind: "take_part_in_group", groupId: current.vote.groupId }))
    throw new DomainError("forbidden", "Only the group's members vote");
  const held = (await heldProxies(ctx.trx, ctx.actor, current)).find((x) => x.giverId === giverId);
  if (!held) throw new DomainError("not_found", "You hold no proxy from this member of the group for this sitting");
  if (!held.usable)
    throw new DomainError("conflict", `${held.giverName} is present or you are not checked in: a proxy counts only for an absent member`);
  const giver = await ctx.trx.selectFrom("participants").select("account_id").where("id", "=", giverId).executeTakeFirstOrThrow();
  const voter = giver.account_id!;
  const next = applyVote(current.vote, { type: "cast", voter, choice });
  if (next !== current.vote) {
    await ctx.trx
      .insertInto("ballots")
      .values({ vote_id: voteId, round: next.round, voter_id: voter, choice, cast_at: ctx.now, cast_by: ctx.actor })
      .execute();
    ctx.record({
      type: "vote.ballot_cast",
      subject: `vote:${voteId}`,
      sittingId: current.group.sittingId,
      scope: `group:${current.vote.groupId}`,
      payload: {
        groupId: current.vote.groupId,
        subject: current.vote.subject,
        round: next.round,
        ballotsCast: Object.keys(next.ballots).length,
        byProxy: { giverId, proxyId: held.proxyId },
      },
    });
  }
  const vote = { ...current, vote: next };
  return { vote, proxies: await heldProxies(ctx.trx, ctx.actor, vote) };
};

import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { refusal } from "../../domain/refusals.js";
import { applyVote, openVote, type Choice, type VoteKind, type VoteTransition } from "../../domain/votes/vote.js";
import { expectUpdated, expectVersion, groupContext } from "../../store/committee/context.js";
import { type StoredVote } from "../../store/committee/votes.js";
import { loadVote } from "./read.js";
import type { WriteContext } from "../../store/write-context.js";
import { quorumForVote } from "../attendance/vote-quorum.js";
import type { DiscussionGroupId } from "../../domain/ids.js";

/** Records a vote's event for its group's members. */
const event = (ctx: WriteContext, s: StoredVote, type: string, payload: Record<string, unknown>) =>
  ctx.record({
    type,
    subject: `vote:${s.vote.id}`,
    sittingId: s.group.sittingId,
    scope: `group:${s.vote.groupId}`,
    payload: { groupId: s.vote.groupId, subject: s.vote.subject, round: s.vote.round, ...payload },
  });

/** The chair opens a vote of the group's members on one of its recommendations. */
export const openGroupVote = async (
  ctx: WriteContext,
  p: Principal,
  groupId: DiscussionGroupId,
  input: { subject: string; kind: VoteKind },
): Promise<StoredVote> => {
  const group = await groupContext(ctx.trx, groupId);
  if (!can(p, { kind: "preside_group", groupId })) throw refusal("vote_opened_by_chair");
  const recommendationId = input.subject.startsWith("recommendation:") ? input.subject.slice("recommendation:".length) : "";
  const rec = await ctx.trx
    .selectFrom("recommendations")
    .select(["group_id", "status"])
    .where("id", "=", recommendationId)
    .executeTakeFirst();
  if (!rec || rec.group_id !== groupId)
    throw new DomainError("validation_failed", "A group votes on one of its recommendations", [
      { path: "body.subject", message: "expected recommendation:ID of this group" },
    ]);
  const open = await ctx.trx
    .selectFrom("votes")
    .select("id")
    .where("subject", "=", input.subject)
    .where("status", "=", "open")
    .executeTakeFirst();
  if (open) throw refusal("vote_already_open", {}, [], { id: open.id });
  const quorum = await quorumForVote(ctx, group, "open");
  const vote = openVote(randomUUID(), input.subject, group.groupId, input.kind);
  await ctx.trx
    .insertInto("votes")
    .values({
      id: vote.id,
      group_id: groupId,
      subject: vote.subject,
      kind: vote.kind,
      status: vote.status,
      round: 1,
      data: JSON.stringify({ counts: null, history: [] }),
      opened_by: ctx.actor,
      created_at: ctx.now,
      version: 1,
    })
    .execute();
  const stored = { vote, version: 1, group };
  event(ctx, stored, "vote.opened", { kind: vote.kind, quorum });
  return stored;
};

/** Holds the vote's row until commit, so a ballot and the closing never interleave. */
const lock = async (ctx: WriteContext, id: string): Promise<void> => {
  await ctx.trx
    .updateTable("votes")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("id", "=", id)
    .execute();
};

/** A member present casts a ballot; the same ballot again (another tab, a reconnect) is counted once. */
export const castBallot = async (ctx: WriteContext, p: Principal, id: string, choice: Choice): Promise<StoredVote> => {
  if (ctx.actor === null) throw new DomainError("unauthenticated", "Sign in to vote");
  await lock(ctx, id);
  const current = await loadVote(ctx.trx, p, id);
  if (!can(p, { kind: "take_part_in_group", groupId: current.vote.groupId })) throw refusal("vote_by_members");
  const next = applyVote(current.vote, { type: "cast", voter: ctx.actor, choice });
  if (next === current.vote) return current;
  await ctx.trx.insertInto("ballots").values({ vote_id: id, round: next.round, voter_id: ctx.actor, choice, cast_at: ctx.now }).execute();
  const stored = { ...current, vote: next };
  event(ctx, stored, "vote.ballot_cast", { ballotsCast: Object.keys(next.ballots).length });
  return stored;
};

/** The chair closes the vote (with the counts of a show of hands) or reopens it, stating why; both are recorded. */
export const stepVote = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  step: Exclude<VoteTransition, { type: "cast" }>,
): Promise<StoredVote> => {
  await lock(ctx, id);
  const current = await loadVote(ctx.trx, p, id);
  if (!can(p, { kind: "preside_group", groupId: current.vote.groupId })) throw refusal("vote_closed_by_chair");
  expectVersion("The vote", { version: current.version, status: current.vote.status, round: current.vote.round }, version);
  const next = applyVote(current.vote, step);
  const quorum = step.type === "close" ? await quorumForVote(ctx, current.group, "close") : null;
  expectUpdated(
    await ctx.trx
      .updateTable("votes")
      .set({
        status: next.status,
        round: next.round,
        data: JSON.stringify({ counts: next.counts, history: next.history }),
        version: current.version + 1,
      })
      .where("id", "=", id)
      .where("version", "=", current.version)
      .executeTakeFirst(),
    "The vote",
  );
  const stored = { ...current, vote: next, version: current.version + 1 };
  if (step.type === "close") event(ctx, stored, "vote.closed", { counts: next.counts, quorum });
  else event(ctx, stored, "vote.reopened", { reason: step.reason, previous: next.history.at(-1) });
  return stored;
};

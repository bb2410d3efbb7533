import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { votePermissions } from "./permissions.js";
import { groupContext } from "../../../store/committee/context.js";
import { voteView } from "../../../domain/votes/vote.js";
import type { Store } from "../../../store/database.js";
import { type StoredVote } from "../../../store/committee/votes.js";
import { listGroupVotes, loadVote } from "../../../commands/votes/read.js";
import { castBallot, openGroupVote, stepVote } from "../../../commands/votes/votes.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { asId, type AccountId, type DiscussionGroupId } from "../../../domain/ids.js";

const present = (s: StoredVote, viewer: AccountId | null) => {
  const v = voteView(s.vote, viewer);
  return {
    ...v,
    history: v.history.map((h) => ({ ...h, counts: { ...h.counts } })),
    counts: v.counts ? { ...v.counts } : null,
    version: s.version,
  };
};

/** Group votes: opened and closed by the chair, one ballot per member, results only once closed. */
export const registerVoteRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.votes.list, {
    summary: "A group's votes, newest first",
    tag: "votes",
    handler: async ({ principal, params }) => {
      const groupId = asId<DiscussionGroupId>(params.groupId);
      const votes = await listGroupVotes(store.db, principal, groupId);
      return {
        sittingId: (await groupContext(store.db, groupId)).sittingId as string,
        votes: votes.map((s) => present(s, principal.accountId)),
        permissions: votePermissions(principal),
      };
    },
  });

  defineRoute(app, routes.votes.open, {
    summary: "Open a vote on one of the group's recommendations (the chair)",
    tag: "votes",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        openGroupVote(ctx, principal, asId<DiscussionGroupId>(params.groupId), body),
      );
      return present(result, account.id);
    },
  });

  defineRoute(app, routes.votes.get, {
    summary: "A vote: while open only how many voted and one's own ballot; the counts once closed",
    tag: "votes",
    handler: async ({ principal, params }) => present(await loadVote(store.db, principal, params.id), principal.accountId),
  });

  defineRoute(app, routes.votes.cast, {
    summary: "Cast one's ballot (members of the group); the same ballot again counts once",
    tag: "votes",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) => castBallot(ctx, principal, params.id, body.choice));
      return present(result, account.id);
    },
  });

  defineRoute(app, routes.votes.transition, {
    summary: "Close the vote (with the counts of a show of hands) or reopen it with a reason (the chair)",
    tag: "votes",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const t = body.transition;
      const step = t.type === "close" ? { type: "close" as const, counts: t.counts } : t;
      const { result } = await writer.run(account.id, (ctx) => stepVote(ctx, principal, params.id, body.version, step));
      return present(result, account.id);
    },
  });
};

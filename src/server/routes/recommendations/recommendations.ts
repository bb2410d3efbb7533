import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import {
  addGroupAmendment,
  commentOnRecommendation,
  removeGroupAmendment,
  reviseGroupAmendment,
  stepRecommendation,
  type GroupAmendmentInput,
} from "../../../commands/recommendations/steps.js";
import { loadRecommendation, listGroupRecommendations } from "../../../commands/recommendations/read.js";
import { groupContext } from "../../../store/committee/context.js";
import { startRecommendation } from "../../../commands/recommendations/start.js";
import { editRecommendationTexts } from "../../../commands/recommendations/texts.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { groupRecommendationPermissions, presentRecommendation } from "./present.js";
import type { groupAmendmentBody } from "../../../api/recommendations.js";
import type { z } from "zod";
import { asId, type DiscussionGroupId } from "../../../domain/ids.js";

const toInput = (body: z.infer<typeof groupAmendmentBody>): GroupAmendmentInput => ({
  action: body.action,
  target: "target" in body ? body.target : null,
  after: "after" in body ? body.after : null,
  kind: "kind" in body ? body.kind : null,
  text: "text" in body ? body.text : null,
  language: body.language,
  justification: body.justification,
  contributions: body.contributions,
});

/** A discussion group's recommendation: drafted live by the rapporteur, commented on by members, agreed, presented. */
export const registerRecommendationRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const reload = async (raw: Parameters<typeof requireAccount>[0], id: string) => {
    const s = await loadRecommendation(store.db, raw.principal, id);
    return presentRecommendation(store.db, raw.principal, s);
  };

  defineRoute(app, routes.recommendations.list, {
    summary: "A discussion group's recommendations",
    tag: "recommendations",
    handler: async ({ principal, params }) => {
      const groupId = asId<DiscussionGroupId>(params.groupId);
      const group = await groupContext(store.db, groupId);
      const list = await listGroupRecommendations(store.db, principal, groupId);
      return {
        recommendations: await Promise.all(list.map((s) => presentRecommendation(store.db, principal, { ...s, group }))),
        permissions: groupRecommendationPermissions(principal, groupId, group.bodyId),
      };
    },
  });

  defineRoute(app, routes.recommendations.start, {
    summary: "Start the group's recommendation on a draft (rapporteur)",
    tag: "recommendations",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        startRecommendation(ctx, principal, asId<DiscussionGroupId>(params.groupId), body.draftId),
      );
      return reload(raw, result.recommendation.id);
    },
  });

  defineRoute(app, routes.recommendations.get, {
    summary: "A recommendation with its texts, proposed amendments (tracked changes), comments and next steps",
    tag: "recommendations",
    handler: async ({ raw, params }) => reload(raw, params.id),
  });

  defineRoute(app, routes.recommendations.editTexts, {
    summary: "Write the texts per guiding question (rapporteur)",
    tag: "recommendations",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) => editRecommendationTexts(ctx, principal, params.id, body.version, body.texts));
      return reload(raw, params.id);
    },
  });

  defineRoute(app, routes.recommendations.addAmendment, {
    summary: "Propose an amendment to a named paragraph as part of the recommendation (rapporteur)",
    tag: "recommendations",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) => addGroupAmendment(ctx, principal, params.id, body.version, toInput(body)));
      return reload(raw, params.id);
    },
  });

  defineRoute(app, routes.recommendations.reviseAmendment, {
    summary: "Rewrite one of the recommendation's proposed amendments (rapporteur)",
    tag: "recommendations",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) =>
        reviseGroupAmendment(ctx, principal, params.id, body.version, params.amendmentId, toInput(body)),
      );
      return reload(raw, params.id);
    },
  });

  defineRoute(app, routes.recommendations.removeAmendment, {
    summary: "Take a proposed amendment out of the recommendation (rapporteur); it stays recorded",
    tag: "recommendations",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) => removeGroupAmendment(ctx, principal, params.id, body.version, params.amendmentId));
      return reload(raw, params.id);
    },
  });

  defineRoute(app, routes.recommendations.comment, {
    summary: "Comment on the recommendation as it is written (members of the group)",
    tag: "recommendations",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => commentOnRecommendation(ctx, principal, params.id, body))).result;
    },
  });

  defineRoute(app, routes.recommendations.transition, {
    summary: "Agree (consensus or vote, by the chair), present (rapporteur or presiding officer) or reopen, with a reason",
    tag: "recommendations",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const t = body.transition;
      const step =
        t.type === "agree"
          ? { type: "agree" as const, agreement: { decision: t.decision } }
          : t.type === "agree_by_vote"
            ? { type: "agree" as const, agreement: { voteId: t.voteId } }
            : t;
      await writer.run(account.id, (ctx) => stepRecommendation(ctx, principal, params.id, body.version, step));
      return reload(raw, params.id);
    },
  });
};

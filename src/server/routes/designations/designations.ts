import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import { decideDesignation } from "../../../commands/designations/decide.js";
import { recommend } from "../../../commands/designations/recommend.js";
import { listDesignations } from "../../../commands/designations/read.js";
import { presentDesignation } from "../../../store/setup/designations.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { asId, type DiscussionGroupId, type SittingId, type ParticipantId } from "../../../domain/ids.js";

/** Designations of chairs and rapporteurs: the Bureau recommends, the body designates, replacements are recorded. */
export const registerDesignationRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.designations.list, {
    summary: "A group's designations; the public sees only those the body decided, in published sittings",
    tag: "designations",
    handler: async ({ principal, query }) => ({
      designations: (await listDesignations(store.db, principal, asId<DiscussionGroupId>(query.groupId))).map(presentDesignation),
    }),
  });
  defineRoute(app, routes.designations.recommend, {
    summary: "The Bureau recommends a participant as chair or rapporteur of a group",
    tag: "designations",
    status: 201,
    handler: async ({ raw, principal, body }) => {
      const account = requireAccount(raw);
      return presentDesignation(
        (
          await writer.run(account.id, (ctx) =>
            recommend(ctx, principal, {
              ...body,
              groupId: asId<DiscussionGroupId>(body.groupId),
              participantId: asId<ParticipantId>(body.participantId),
            }),
          )
        ).result,
      );
    },
  });
  defineRoute(app, routes.designations.transition, {
    summary: "Designate (a decision of the body: sitting, date, consensus or vote) or withdraw",
    tag: "designations",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const t = body.transition;
      const request = t.type === "designate" ? { ...t, sittingId: asId<SittingId>(t.sittingId) } : t;
      const { result } = await writer.run(account.id, (ctx) => decideDesignation(ctx, principal, params.id, body.version, request));
      return presentDesignation(result);
    },
  });
};

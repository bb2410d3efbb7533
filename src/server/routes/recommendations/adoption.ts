import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { asId, type AmendmentId } from "../../../domain/ids.js";
import type { Resolution } from "../../../domain/recommendations/body-set.js";
import { adoptionPlan } from "../../../commands/recommendations/adoption-plan.js";
import { loadAdoption, type BodyAdoption } from "../../../store/committee/adoption.js";
import { visibleDraft } from "../../../commands/drafts/read.js";
import { targetOfPlace } from "../../../domain/recommendations/body-set.js";
import { placeLabel } from "../../../domain/text/place-label.js";
import { labelAll } from "../../../domain/text/labels.js";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { adoptBodySet } from "../../../commands/recommendations/adopt-body-set.js";
import { adoptionPermissions } from "./present.js";

const present = (a: BodyAdoption) => ({
  ...a,
  recommendationIds: [...a.recommendationIds],
  amendments: a.amendments.map((x) => ({ ...x, sources: [...x.sources] })),
  outcomes: a.outcomes.map((o) => ({ ...o, amendmentId: o.amendmentId as string })),
});

/** The following sitting: the body's single set of amendments from its groups' presented recommendations. */
export const registerAdoptionRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.adoptions.plan, {
    summary: "What the presiding officer puts to the body: presented recommendations, merged proposals and conflicts",
    tag: "recommendations",
    handler: async ({ principal, params }) => {
      const plan = await adoptionPlan(store.db, principal, params.bodyId, params.draftId);
      const draft = await visibleDraft(store.db, principal, params.draftId);
      const labels = labelAll(draft.text.paragraphs);
      const labelOf = (key: string): string => placeLabel(targetOfPlace(key), labels);
      return {
        bodyId: params.bodyId,
        draftId: params.draftId,
        recommendations: plan.recommendations.map((s) => ({
          id: s.recommendation.id,
          groupId: s.recommendation.groupId,
          status: s.recommendation.status,
        })),
        places: plan.places.map((p) => ({
          key: p.key,
          label: labelOf(p.key),
          conflict: p.conflict,
          options: p.options.map((o) =>
            o.map((x) => ({
              amendmentId: x.amendment.id as string,
              recommendationId: x.recommendationId,
              action: x.amendment.action,
              text: x.amendment.text ?? null,
              language: x.amendment.language,
            })),
          ),
        })),
        permissions: adoptionPermissions(principal, params.bodyId),
      };
    },
  });

  defineRoute(app, routes.adoptions.adopt, {
    summary: "Record the body's adoption of its set of amendments and how it decided (presiding officer)",
    tag: "recommendations",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const resolutions: Record<string, Resolution> = Object.fromEntries(
        Object.entries(body.resolutions).map(([k, r]) => [k, "choose" in r ? { choose: asId<AmendmentId>(r.choose) } : r]),
      );
      const { result } = await writer.run(account.id, (ctx) => adoptBodySet(ctx, principal, params.bodyId, { ...body, resolutions }));
      return present(result);
    },
  });

  defineRoute(app, routes.adoptions.get, {
    summary: "A body's adoption: its decision, amendments and what became of each group proposal",
    tag: "recommendations",
    handler: async ({ params }) => present(await loadAdoption(store.db, params.id)),
  });
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { contributionOutcome, paragraphProvenance, recommendationOutcome } from "../../../commands/amendments/provenance.js";
import type { Store } from "../../../store/database.js";
import { defineRoute } from "../../route.js";
import { type ParagraphProvenance } from "../../../api/provenance.js";

/** Provenance: back from a paragraph to what shaped it; forward from a recommendation or contribution to what became of it. */
export const registerProvenanceRoutes = (app: FastifyInstance, store: Store): void => {
  defineRoute(app, routes.provenance.paragraph, {
    summary: "The amendments that shaped a paragraph, their authors and decisions, recommendations and contributions",
    tag: "provenance",
    handler: async ({ principal, params }) =>
      (await paragraphProvenance(store.db, principal, params.id, params.paragraphId)) as ParagraphProvenance,
  });

  defineRoute(app, routes.provenance.recommendation, {
    summary: "What became of a recommendation's proposals: body adoption, committee decisions, paragraphs of the revised text",
    tag: "provenance",
    handler: async ({ principal, params }) => recommendationOutcome(store.db, principal, params.id),
  });

  defineRoute(app, routes.provenance.contribution, {
    summary: "What became of a contribution: the recommendations that drew on it and their outcome",
    tag: "provenance",
    handler: async ({ principal, params }) => contributionOutcome(store.db, principal, params.id),
  });
};

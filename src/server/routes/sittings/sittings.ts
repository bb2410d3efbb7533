import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import { getEvent, getSittingDetail, getSittingDraftTexts, listEvents, listSittings } from "../../../store/sittings.js";
import { readsUnpublished } from "../../../domain/authorization.js";
import { presentInLanguage } from "../../present.js";
import { ResponseCache } from "../../response-cache.js";
import { defineRoute } from "../../route.js";
import { asId, type SittingId } from "../../../domain/ids.js";

// These answers depend only on the recorded data and the reader, never on the clock: tagged by the event position.
const READ_BY_POSITION = { etag: "position" } as const;

/** Reading events and sittings: each caller sees what their roles and the publication state allow. */
export const registerSittingRoutes = (app: FastifyInstance, store: Store): void => {
  const cache = new ResponseCache();
  const position = () => store.lastPosition();
  defineRoute(app, routes.sittings.events, {
    summary: "Events the caller may see",
    tag: "meetings",
    config: READ_BY_POSITION,
    handler: async ({ principal, query }) =>
      presentInLanguage({ events: await listEvents(store.db, readsUnpublished(principal)) }, query.lang),
  });
  defineRoute(app, routes.sittings.event, {
    summary: "An event with its bodies and sittings",
    tag: "meetings",
    config: READ_BY_POSITION,
    handler: async ({ principal, params, query }) =>
      presentInLanguage(await getEvent(store.db, readsUnpublished(principal), params.id), query.lang),
  });
  defineRoute(app, routes.sittings.list, {
    summary: "Sittings the caller may see",
    tag: "meetings",
    config: READ_BY_POSITION,
    handler: async ({ principal, query }) =>
      presentInLanguage({ sittings: await listSittings(store.db, readsUnpublished(principal)) }, query.lang),
  });
  defineRoute(app, routes.sittings.get, {
    summary: "A sitting with its agenda, documents, discussion groups and draft resolutions (without their paragraphs)",
    tag: "meetings",
    config: READ_BY_POSITION,
    // What a caller sees of a sitting depends only on whether they may read unpublished items.
    cache: {
      store: cache,
      position,
      key: ({ params, query, principal }) => `sitting|${params.id}|${query.lang ?? ""}|${readsUnpublished(principal)}`,
    },
    handler: async ({ principal, params, query }) =>
      presentInLanguage(await getSittingDetail(store.db, readsUnpublished(principal), asId<SittingId>(params.id)), query.lang),
  });
  defineRoute(app, routes.sittings.draftTexts, {
    summary: "The labelled paragraphs and sub-paragraphs of a sitting's draft resolutions",
    tag: "meetings",
    config: READ_BY_POSITION,
    cache: {
      store: cache,
      position,
      key: ({ params, query, principal }) => `draft-texts|${params.id}|${query.lang ?? ""}|${readsUnpublished(principal)}`,
    },
    handler: async ({ principal, params, query }) =>
      presentInLanguage(await getSittingDraftTexts(store.db, readsUnpublished(principal), asId<SittingId>(params.id)), query.lang),
  });
};

import type { FastifyInstance } from "fastify";
import type { Store } from "../../store/database.js";
import { getEvent, getSittingDetail, listEvents, listSittings } from "../../store/sittings.js";
import { presentInLanguage } from "../present.js";
import { defineRoute } from "../route.js";
import {
  eventDetailSchema,
  eventListSchema,
  idParams,
  langQuery,
  sittingDetailSchema,
  sittingListSchema,
} from "./sittings.schema.js";

/** Reading events and sittings: each caller sees what their roles and the publication state allow. */
export const registerSittingRoutes = (app: FastifyInstance, store: Store): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/events",
    summary: "Events the caller may see",
    tag: "meetings",
    query: langQuery,
    response: eventListSchema,
    handler: async ({ principal, query }) => presentInLanguage({ events: await listEvents(store.db, principal) }, query.lang),
  });
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/events/{id}",
    summary: "An event with its bodies and sittings",
    tag: "meetings",
    params: idParams,
    query: langQuery,
    response: eventDetailSchema,
    handler: async ({ principal, params, query }) => presentInLanguage(await getEvent(store.db, principal, params.id), query.lang),
  });
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/sittings",
    summary: "Sittings the caller may see",
    tag: "meetings",
    query: langQuery,
    response: sittingListSchema,
    handler: async ({ principal, query }) => presentInLanguage({ sittings: await listSittings(store.db, principal) }, query.lang),
  });
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/sittings/{id}",
    summary: "A sitting with its agenda, documents, discussion groups and draft resolutions",
    tag: "meetings",
    params: idParams,
    query: langQuery,
    response: sittingDetailSchema,
    handler: async ({ principal, params, query }) =>
      presentInLanguage(await getSittingDetail(store.db, principal, params.id), query.lang),
  });
};

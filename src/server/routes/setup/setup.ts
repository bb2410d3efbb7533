import type { FastifyInstance } from "fastify";
import { multilingual } from "../../../domain/multilingual.js";
import type { Store } from "../../../store/database.js";
import { createBody, createEvent, editBody, editEvent, setEventPublished } from "../../../commands/setup/events.js";
import { listRevisions, listSetupEvents, loadSetupTree } from "../../../store/setup/read.js";
import { createAgendaItem, createSitting, editAgendaItem, editSitting, setSittingPublished } from "../../../commands/setup/sittings.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { registerSetupContentRoutes } from "./content.js";
import { withTranslations } from "./present.js";
import { authorizeSetup } from "../../../commands/setup/authorize.js";
import { readsUnpublished } from "../../../domain/authorization.js";
import {
  createAgendaItemBody,
  createBodyBody,
  createEventBody,
  createSittingBody,
  editAgendaItemBody,
  editBodyBody,
  editEventBody,
  editSittingBody,
  eventListSchema,
  eventSchema,
  idParams,
  publicationBody,
  revisionListSchema,
  revisionParams,
  setupTreeSchema,
  sittingSchema,
} from "../../../api/setup.js";
import { asId, type SittingId } from "../../../domain/ids.js";

/** Set-up by the secretariat: events, bodies, sittings and agenda items, with versions and revisions. */
export const registerSetupRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const tag = "set-up";
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/setup/events",
    summary: "Every event, published or not, with its bodies and version",
    tag,
    response: eventListSchema,
    handler: async ({ raw, principal }) => {
      requireAccount(raw);
      authorizeSetup(principal);
      return { events: (await listSetupEvents(store.db)).map(withTranslations) };
    },
  });
  defineRoute(app, {
    method: "POST",
    url: "/api/v1/setup/events",
    summary: "Create an event (unpublished)",
    tag,
    body: createEventBody,
    response: eventSchema,
    status: 201,
    handler: async ({ raw, principal, body }) => {
      const account = requireAccount(raw);
      const first = body.workingLanguages[0]!;
      const tagline = body.tagline ?? multilingual(first, { [first]: "" });
      const { result } = await writer.run(account.id, (ctx) => createEvent(ctx, principal, { ...body, tagline }));
      return withTranslations(result);
    },
  });
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/setup/events/{id}",
    summary: "An event with its bodies, sittings, agenda items, documents and groups, as set-up edits them",
    tag,
    params: idParams,
    response: setupTreeSchema,
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      authorizeSetup(principal);
      const tree = await loadSetupTree(store.db, params.id);
      return {
        event: withTranslations(tree.event),
        sittings: tree.sittings.map((s) => ({
          ...withTranslations(s),
          documents: s.documents.map(withTranslations),
          groups: s.groups.map(withTranslations),
        })),
      };
    },
  });
  defineRoute(app, {
    method: "PATCH",
    url: "/api/v1/setup/events/{id}",
    summary: "Edit an event",
    tag,
    params: idParams,
    body: editEventBody,
    response: eventSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editEvent(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, {
    method: "PUT",
    url: "/api/v1/setup/events/{id}/published",
    summary: "Publish or unpublish an event",
    tag,
    params: idParams,
    body: publicationBody,
    response: eventSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return withTranslations(
        (
          await writer.run(account.id, (ctx) =>
            setEventPublished(ctx, principal, params.id, body.version, body.published, body.reason ?? null),
          )
        ).result,
      );
    },
  });
  defineRoute(app, {
    method: "POST",
    url: "/api/v1/setup/events/{id}/bodies",
    summary: "Add a body to an event (names the event's version)",
    tag,
    params: idParams,
    body: createBodyBody,
    response: eventSchema,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...input } = body;
      return withTranslations((await writer.run(account.id, (ctx) => createBody(ctx, principal, params.id, version, input))).result);
    },
  });
  defineRoute(app, {
    method: "PATCH",
    url: "/api/v1/setup/bodies/{id}",
    summary: "Edit a body (names its event's version)",
    tag,
    params: idParams,
    body: editBodyBody,
    response: eventSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editBody(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, {
    method: "POST",
    url: "/api/v1/setup/events/{id}/sittings",
    summary: "Create a sitting of one of the event's bodies (unpublished)",
    tag,
    params: idParams,
    body: createSittingBody,
    response: sittingSchema,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return withTranslations((await writer.run(account.id, (ctx) => createSitting(ctx, principal, params.id, body))).result);
    },
  });
  defineRoute(app, {
    method: "PATCH",
    url: "/api/v1/setup/sittings/{id}",
    summary: "Edit a sitting's body, number, date, times, time zone, venue or title",
    tag,
    params: idParams,
    body: editSittingBody,
    response: sittingSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations(
        (await writer.run(account.id, (ctx) => editSitting(ctx, principal, asId<SittingId>(params.id), version, patch))).result,
      );
    },
  });
  defineRoute(app, {
    method: "PUT",
    url: "/api/v1/setup/sittings/{id}/published",
    summary: "Publish or unpublish a sitting",
    tag,
    params: idParams,
    body: publicationBody,
    response: sittingSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return withTranslations(
        (
          await writer.run(account.id, (ctx) =>
            setSittingPublished(ctx, principal, asId<SittingId>(params.id), body.version, body.published, body.reason ?? null),
          )
        ).result,
      );
    },
  });
  defineRoute(app, {
    method: "POST",
    url: "/api/v1/setup/sittings/{id}/agenda-items",
    summary: "Add an agenda item at the end of a sitting's agenda (names the sitting's version)",
    tag,
    params: idParams,
    body: createAgendaItemBody,
    response: sittingSchema,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...input } = body;
      return withTranslations(
        (await writer.run(account.id, (ctx) => createAgendaItem(ctx, principal, asId<SittingId>(params.id), version, input))).result,
      );
    },
  });
  defineRoute(app, {
    method: "PATCH",
    url: "/api/v1/setup/agenda-items/{id}",
    summary: "Edit an agenda item (names its sitting's version)",
    tag,
    params: idParams,
    body: editAgendaItemBody,
    response: sittingSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editAgendaItem(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/revisions/{kind}/{id}",
    summary: "The revisions of an event, sitting, document or group, each with the fields it changed",
    tag,
    params: revisionParams,
    response: revisionListSchema,
    handler: async ({ principal, params }) => listRevisions(store.db, params.kind, params.id, readsUnpublished(principal)),
  });
  registerSetupContentRoutes(app, writer);
};

import { routes } from "../../../api/routes.js";
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
import { asId, type SittingId } from "../../../domain/ids.js";

/** Set-up by the secretariat: events, bodies, sittings and agenda items, with versions and revisions. */
export const registerSetupRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const tag = "set-up";
  defineRoute(app, routes.setup.events, {
    summary: "Every event, published or not, with its bodies and version",
    tag,
    handler: async ({ raw, principal }) => {
      requireAccount(raw);
      authorizeSetup(principal);
      return { events: (await listSetupEvents(store.db)).map(withTranslations) };
    },
  });
  defineRoute(app, routes.setup.createEvent, {
    summary: "Create an event (unpublished)",
    tag,
    status: 201,
    handler: async ({ raw, principal, body }) => {
      const account = requireAccount(raw);
      const first = body.workingLanguages[0]!;
      const tagline = body.tagline ?? multilingual(first, { [first]: "" });
      const { result } = await writer.run(account.id, (ctx) => createEvent(ctx, principal, { ...body, tagline }));
      return withTranslations(result);
    },
  });
  defineRoute(app, routes.setup.tree, {
    summary: "An event with its bodies, sittings, agenda items, documents and groups, as set-up edits them",
    tag,
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
  defineRoute(app, routes.setup.editEvent, {
    summary: "Edit an event",
    tag,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editEvent(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, routes.setup.publishEvent, {
    summary: "Publish or unpublish an event",
    tag,
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
  defineRoute(app, routes.setup.createBody, {
    summary: "Add a body to an event (names the event's version)",
    tag,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...input } = body;
      return withTranslations((await writer.run(account.id, (ctx) => createBody(ctx, principal, params.id, version, input))).result);
    },
  });
  defineRoute(app, routes.setup.editBody, {
    summary: "Edit a body (names its event's version)",
    tag,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editBody(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, routes.setup.createSitting, {
    summary: "Create a sitting of one of the event's bodies (unpublished)",
    tag,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return withTranslations((await writer.run(account.id, (ctx) => createSitting(ctx, principal, params.id, body))).result);
    },
  });
  defineRoute(app, routes.setup.editSitting, {
    summary: "Edit a sitting's body, number, date, times, time zone, venue or title",
    tag,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations(
        (await writer.run(account.id, (ctx) => editSitting(ctx, principal, asId<SittingId>(params.id), version, patch))).result,
      );
    },
  });
  defineRoute(app, routes.setup.publishSitting, {
    summary: "Publish or unpublish a sitting",
    tag,
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
  defineRoute(app, routes.setup.createAgendaItem, {
    summary: "Add an agenda item at the end of a sitting's agenda (names the sitting's version)",
    tag,
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...input } = body;
      return withTranslations(
        (await writer.run(account.id, (ctx) => createAgendaItem(ctx, principal, asId<SittingId>(params.id), version, input))).result,
      );
    },
  });
  defineRoute(app, routes.setup.editAgendaItem, {
    summary: "Edit an agenda item (names its sitting's version)",
    tag,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { version, ...patch } = body;
      return withTranslations((await writer.run(account.id, (ctx) => editAgendaItem(ctx, principal, params.id, version, patch))).result);
    },
  });
  defineRoute(app, routes.setup.revisions, {
    summary: "The revisions of an event, sitting, document or group, each with the fields it changed",
    tag,
    handler: async ({ principal, params }) => listRevisions(store.db, params.kind, params.id, readsUnpublished(principal)),
  });
  registerSetupContentRoutes(app, writer);
};

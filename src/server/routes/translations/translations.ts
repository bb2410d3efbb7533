import type { FastifyInstance } from "fastify";
import {
  draftTranslationsQuery,
  draftTranslationsSchema,
  translationAssignBody,
  translationDetailSchema,
  translationTaskParams,
  translationQueueQuery,
  translationQueueSchema,
  translationTextBody,
  translationVersionBody,
} from "../../../api/translations.js";
import { assignTranslation } from "../../../commands/translations/assign.js";
import { draftTranslationsFor, translationDetailFor, translationQueueFor } from "../../../commands/translations/views.js";
import { reopenTranslation, saveTranslation, submitTranslation } from "../../../commands/translations/write.js";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";

/** The translation queue and page for translators and the secretariat, and the draft's amendments in a reader's language. */
export const registerTranslationRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/translations",
    summary: "The translation queue, oldest tabled first, by language, status and draft; the secretariat also gets the turnaround",
    tag: "translations",
    query: translationQueueQuery,
    response: translationQueueSchema,
    handler: async ({ raw, principal, query }) => {
      requireAccount(raw);
      return translationQueueFor(store.db, principal, query);
    },
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/translations/{id}",
    summary: "One translation task: the source with its changes marked, the translation so far, the steps allowed",
    tag: "translations",
    params: translationTaskParams,
    response: translationDetailSchema,
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      return translationDetailFor(store.db, principal, params.id);
    },
  });

  const write = (
    url: string,
    summary: string,
    step: (
      ctx: Parameters<Parameters<Writer["run"]>[1]>[0],
      principal: Parameters<typeof saveTranslation>[1],
      id: string,
      body: never,
    ) => Promise<unknown>,
    body: typeof translationTextBody | typeof translationAssignBody | typeof translationVersionBody,
  ) =>
    defineRoute(app, {
      method: "POST",
      url,
      summary,
      tag: "translations",
      params: translationTaskParams,
      body,
      response: translationDetailSchema,
      handler: async ({ raw, principal, params, body: input }) => {
        const account = requireAccount(raw);
        await writer.run(account.id, (ctx) => step(ctx, principal, params.id, input as never));
        return translationDetailFor(store.db, principal, params.id);
      },
    });

  write(
    "/api/v1/translations/{id}/draft",
    "Save a translation without handing it in",
    (ctx, p, id, b: { text: string; version: number }) => saveTranslation(ctx, p, id, b.version, b.text),
    translationTextBody,
  );
  write(
    "/api/v1/translations/{id}/submission",
    "Submit a translation: readers of its language see it as final",
    (ctx, p, id, b: { text: string; version: number }) => submitTranslation(ctx, p, id, b.version, b.text),
    translationTextBody,
  );
  write(
    "/api/v1/translations/{id}/assignment",
    "Claim a translation task, let it go, or (the secretariat) assign it to a translator",
    (ctx, p, id, b: { accountId: string | null; version: number }) => assignTranslation(ctx, p, id, b.version, b.accountId),
    translationAssignBody,
  );
  write(
    "/api/v1/translations/{id}/reopening",
    "Take a final translation back for a correction",
    (ctx, p, id, b: { version: number }) => reopenTranslation(ctx, p, id, b.version),
    translationVersionBody,
  );

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/drafts/{id}/translations",
    summary: "A draft's amendments in the reader's language: final translations with their changes, the others as needed",
    tag: "translations",
    params: translationTaskParams,
    query: draftTranslationsQuery,
    response: draftTranslationsSchema,
    handler: async ({ principal, params, query }) => draftTranslationsFor(store.db, principal, params.id, query.lang),
  });
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { assignTranslation } from "../../../commands/translations/assign.js";
import { draftTranslationsFor, translationDetailFor, translationQueueFor } from "../../../commands/translations/views.js";
import { reopenTranslation, saveTranslation, submitTranslation } from "../../../commands/translations/write.js";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { asId, type AccountId } from "../../../domain/ids.js";

/** The translation queue and page for translators and the secretariat, and the draft's amendments in a reader's language. */
export const registerTranslationRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.translations.queue, {
    summary: "The translation queue, oldest tabled first, by language, status and draft; the secretariat also gets the turnaround",
    tag: "translations",
    handler: async ({ raw, principal, query }) => {
      requireAccount(raw);
      return translationQueueFor(store.db, principal, query);
    },
  });

  defineRoute(app, routes.translations.get, {
    summary: "One translation task: the source with its changes marked, the translation so far, the steps allowed",
    tag: "translations",
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      return translationDetailFor(store.db, principal, params.id);
    },
  });

  const r = routes.translations;
  const write = (
    contract: typeof r.save | typeof r.submit | typeof r.assign | typeof r.reopen,
    summary: string,
    step: (
      ctx: Parameters<Parameters<Writer["run"]>[1]>[0],
      principal: Parameters<typeof saveTranslation>[1],
      id: string,
      body: never,
    ) => Promise<unknown>,
  ) =>
    defineRoute(app, contract, {
      summary,
      tag: "translations",
      handler: async ({ raw, principal, params, body: input }) => {
        const account = requireAccount(raw);
        await writer.run(account.id, (ctx) => step(ctx, principal, params.id, input as never));
        return translationDetailFor(store.db, principal, params.id);
      },
    });

  write(r.save, "Save a translation without handing it in", (ctx, p, id, b: { text: string; version: number }) =>
    saveTranslation(ctx, p, id, b.version, b.text),
  );
  write(r.submit, "Submit a translation: readers of its language see it as final", (ctx, p, id, b: { text: string; version: number }) =>
    submitTranslation(ctx, p, id, b.version, b.text),
  );
  write(
    r.assign,
    "Claim a translation task, let it go, or (the secretariat) assign it to a translator",
    (ctx, p, id, b: { accountId: string | null; version: number }) =>
      assignTranslation(ctx, p, id, b.version, b.accountId === null ? null : asId<AccountId>(b.accountId)),
  );
  write(r.reopen, "Take a final translation back for a correction", (ctx, p, id, b: { version: number }) =>
    reopenTranslation(ctx, p, id, b.version),
  );

  defineRoute(app, routes.translations.draft, {
    summary: "A draft's amendments in the reader's language: final translations with their changes, the others as needed",
    tag: "translations",
    handler: async ({ principal, params, query }) => draftTranslationsFor(store.db, principal, params.id, query.lang),
  });
};

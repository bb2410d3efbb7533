import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { lastPosition } from "../../../store/events.js";
import { viewerKey } from "../../etag.js";
import { ResponseCache } from "../../response-cache.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { readDraftPage } from "../../../commands/drafts/read.js";
import { translateParagraph } from "../../../commands/drafts/translate-paragraph.js";
import { translatePreface } from "../../../commands/drafts/translate-preface.js";
import type { DraftView } from "../../../store/draft-read.js";
import { draftPermissions } from "./permissions.js";

/** The draft as the contract sends it: its sitting as plain text, with the reader's rights. */
type DraftAnswer = Omit<DraftView, "sittingId"> & { sittingId: string | null; permissions: ReturnType<typeof draftPermissions> };

/** A draft resolution for its page, and the translators' language versions of its paragraphs. */
export const registerDraftViewRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  const drafts = new ResponseCache(100, 64 * 1024 * 1024);
  defineRoute(app, routes.drafts.get, {
    summary: "A draft resolution: labelled paragraphs and sub-paragraphs, every language version with its status",
    tag: "drafts",
    // The reader's own amendments and rights are in the answer: one answer per reader and state of the log.
    config: { etag: "position" },
    cache: {
      store: drafts,
      position: () => lastPosition(store.db),
      key: ({ params, principal }) => `${params.id}|${viewerKey(principal)}`,
    },
    handler: async ({ principal, params }): Promise<DraftAnswer> => ({
      ...(await readDraftPage(store.db, principal, params.id)),
      permissions: draftPermissions(principal),
    }),
  });

  defineRoute(app, routes.drafts.translate, {
    summary: "Supply a paragraph's text in one language, of its current wording or of the wording adopted amendments gave it",
    tag: "drafts",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        translateParagraph(ctx, principal, params.id, params.paragraphId, params.lang, body),
      );
      return result;
    },
  });

  defineRoute(app, routes.drafts.translatePreface, {
    summary: 'Supply the enacting formula ("The General Assembly,") in one more language',
    tag: "drafts",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => translatePreface(ctx, principal, params.id, params.lang, body))).result;
    },
  });
};

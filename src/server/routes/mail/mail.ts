import type { FastifyInstance } from "fastify";
import { mailListQuery, mailListSchema, mailRetryAnswer } from "../../../api/mail.js";
import { idParams } from "../../../api/common.js";
import { retryMailNow } from "../../../commands/mail/retry.js";
import type { Store } from "../../../store/database.js";
import { readOutgoingMail } from "../../../commands/mail/read.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import type { MailRouteOptions } from "./options.js";
import { registerPasswordResetRoutes } from "./password-reset.js";

/** Outgoing mail for the secretariat, and the mail-borne ways in: forgot password, e-mail me a sign-in link. */
export const registerMailRoutes = (app: FastifyInstance, store: Store, writer: Writer, o: MailRouteOptions): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/mail",
    summary: "Outgoing mail, newest first: recipient, subject, state, attempts, last error and text (the secretariat only)",
    tag: "mail",
    query: mailListQuery,
    response: mailListSchema,
    handler: async ({ raw, principal, query }) => {
      requireAccount(raw);
      return { delivery: o.delivery, mail: await readOutgoingMail(store.db, principal, query) };
    },
  });
  defineRoute(app, {
    method: "POST",
    url: "/api/v1/mail/{id}/retry",
    summary: "Try one waiting or given-up mail again now, e.g. once the mail server is back (the secretariat only)",
    tag: "mail",
    params: idParams,
    response: mailRetryAnswer,
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => retryMailNow(ctx, principal, params.id))).result;
    },
  });
  registerPasswordResetRoutes(app, store, writer, o);
};

import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
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
  defineRoute(app, routes.mail.list, {
    summary: "Outgoing mail, newest first: recipient, subject, state, attempts, last error and text (the secretariat only)",
    tag: "mail",
    handler: async ({ raw, principal, query }) => {
      requireAccount(raw);
      return { delivery: o.delivery, mail: await readOutgoingMail(store.db, principal, query) };
    },
  });
  defineRoute(app, routes.mail.retry, {
    summary: "Try one waiting or given-up mail again now, e.g. once the mail server is back (the secretariat only)",
    tag: "mail",
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => retryMailNow(ctx, principal, params.id))).result;
    },
  });
  registerPasswordResetRoutes(app, store, writer, o);
};

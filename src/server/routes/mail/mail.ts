import type { FastifyInstance } from "fastify";
import { mailListQuery, mailListSchema } from "../../../api/mail.js";
import type { Store } from "../../../store/database.js";
import { listMail } from "../../../store/mail/outbox.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { guard } from "../setup/present.js";
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
      guard(principal, { kind: "manage_accounts" }, "Only the secretariat reads outgoing mail");
      return { delivery: o.delivery, mail: await listMail(store.db, query) };
    },
  });
  registerPasswordResetRoutes(app, store, writer, o);
};

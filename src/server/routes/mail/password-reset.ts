import { routes } from "../../../api/routes.js";
import { resetPassword } from "../../../commands/session/reset-password.js";
import type { FastifyInstance } from "fastify";
import { queueLinkMail, recipientLanguage } from "../../../mail/messages.js";
import { findAccountByEmail, issueSignInToken } from "../../../store/accounts.js";
import type { Store } from "../../../store/database.js";
import { signInLink } from "../../../store/first-start.js";
import { issuePasswordReset, RESET_HOURS } from "../../../store/mail/password-resets.js";
import { accountDeactivated } from "../../../store/setup/participants.js";
import type { Writer } from "../../../store/write.js";
import { defineRoute } from "../../route.js";
import { presentSignedIn } from "../session.js";
import type { MailRouteOptions } from "./options.js";

/** A mailed sign-in link works for an hour, as a reset link does. */
const LINK_HOURS = 1;

export const resetLink = (publicUrl: string, secret: string): string => `${publicUrl}/sign-in/reset?token=${encodeURIComponent(secret)}`;

/**
 * Forgot password and e-mail me a sign-in link: the same answer whether or not the address exists,
 * the mail queued with its one-time link in the same transaction; the reset sets the password and signs in.
 */
export const registerPasswordResetRoutes = (app: FastifyInstance, store: Store, writer: Writer, o: MailRouteOptions): void => {
  const rateLimit = { rateLimit: { max: o.loginRateLimit, timeWindow: "1 minute" } };

  const byMail = (
    contract: typeof routes.session.forgotPassword | typeof routes.session.mailLink,
    summary: string,
    kind: "sign_in_link" | "password_reset",
  ) =>
    defineRoute(app, contract, {
      summary,
      tag: "session",
      config: rateLimit,
      status: 202,
      handler: async ({ body, raw }) => {
        const account = await findAccountByEmail(store.db, body.email);
        if (!account) return { accepted: true as const };
        // The link is issued and queued after the answer, so a known address takes no longer to answer than an unknown one.
        const queue = async () => {
          // A deactivated participant is told nothing and sent nothing, like an unknown address.
          if (await accountDeactivated(store.db, account.id)) return;
          const language = await recipientLanguage(store.db, account.id, body.language);
          await writer.run(null, async (ctx) => {
            const id = account.id;
            const secret = kind === "password_reset" ? await issuePasswordReset(ctx, id) : await issueSignInToken(ctx, id, LINK_HOURS);
            const url = kind === "password_reset" ? resetLink(o.publicUrl, secret) : signInLink(o.publicUrl, secret);
            await queueLinkMail(ctx, kind, account, { url, secret, hours: kind === "password_reset" ? RESET_HOURS : LINK_HOURS }, language);
          });
        };
        setImmediate(() => void queue().catch((e: unknown) => raw.log.error({ err: e }, `Could not queue the ${kind} mail`)));
        return { accepted: true as const };
      },
    });

  byMail(
    routes.session.forgotPassword,
    "Forgot password: mails a one-time reset link to the address when it has an account; the answer never says whether it has",
    "password_reset",
  );
  byMail(
    routes.session.mailLink,
    "Mails a one-time sign-in link to the address when it has an account; the answer never says whether it has",
    "sign_in_link",
  );

  defineRoute(app, routes.session.resetPassword, {
    summary: "Sets a new password with a reset link's secret, signs out every session of the account and signs in",
    tag: "session",
    config: rateLimit,
    handler: async ({ body, reply }) => {
      const { result } = await writer.run(null, (ctx) => resetPassword(ctx, body.token, body.password, o.sessionDays));
      return presentSignedIn(reply, result, o.secureCookies);
    },
  });
};

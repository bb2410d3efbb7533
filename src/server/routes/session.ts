import { routes } from "../../api/routes.js";
import type { FastifyInstance, FastifyReply } from "fastify";
import { changePassword } from "../../commands/session/change-password.js";
import { findSignInLink, redeemSignInLink } from "../../commands/session/sign-in-link.js";
import { checkPassword, openSignedInSession, type SignedIn } from "../../commands/session/sign-in.js";
import { signOut } from "../../commands/session/sign-out.js";
import type { Store } from "../../store/database.js";
import type { Writer } from "../../store/write.js";
import { requireAccount, SESSION_COOKIE, setSessionCookie } from "../auth.js";
import { defineRoute } from "../route.js";

export interface SessionOptions {
  readonly sessionDays: number;
  readonly secureCookies: boolean;
  readonly loginRateLimit: number;
}

/** The cookie of a session just opened, and the answer: who is signed in, with the CSRF token for writes. */
export const presentSignedIn = (reply: FastifyReply, signedIn: SignedIn, secureCookies: boolean) => {
  setSessionCookie(reply, signedIn.session.secret, signedIn.session.expiresAt, secureCookies);
  return { account: signedIn.account, csrfToken: signedIn.session.csrfToken };
};

/** Sign-in by password or one-time link, sign-out, and setting one's password. */
export const registerSessionRoutes = (app: FastifyInstance, store: Store, writer: Writer, o: SessionOptions): void => {
  const rateLimit = { rateLimit: { max: o.loginRateLimit, timeWindow: "1 minute" } };

  defineRoute(app, routes.session.get, {
    summary: "Who is signed in, with the CSRF token for writes",
    tag: "session",
    handler: async ({ raw }) => ({ account: raw.account, csrfToken: raw.csrfToken }),
  });

  defineRoute(app, routes.session.signIn, {
    summary: "Sign in with email and password",
    tag: "session",
    config: rateLimit,
    handler: async ({ body, reply }) => {
      const accountId = await checkPassword(store.db, body.email, body.password);
      const { result } = await writer.run(accountId, (ctx) => openSignedInSession(ctx, accountId, o.sessionDays));
      return presentSignedIn(reply, result, o.secureCookies);
    },
  });
  defineRoute(app, routes.session.signInWithLink, {
    summary: "Sign in with a one-time link",
    tag: "session",
    config: rateLimit,
    handler: async ({ body, reply }) => {
      const link = await findSignInLink(store.db, body.token, new Date().toISOString());
      const { result } = await writer.run(link.accountId, (ctx) => redeemSignInLink(ctx, link, o.sessionDays));
      return presentSignedIn(reply, result, o.secureCookies);
    },
  });

  defineRoute(app, routes.session.signOut, {
    summary: "Sign out",
    tag: "session",
    status: 204,
    handler: async ({ raw, reply }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) => signOut(ctx, account.id, raw.sessionId!));
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return null;
    },
  });

  defineRoute(app, routes.session.setPassword, {
    summary:
      "Set the signed-in person's password: the current one is needed once set, unless signed in by a one-time link within the hour; a weak one is refused; other sessions are signed out",
    tag: "session",
    config: rateLimit,
    status: 204,
    handler: async ({ raw, body }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, (ctx) => changePassword(ctx, account.id, raw.sessionId!, body));
      return null;
    },
  });
};

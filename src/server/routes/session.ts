import type { FastifyInstance, FastifyReply } from "fastify";
import { DomainError } from "../../domain/errors.js";
import { asId, type AccountId } from "../../domain/ids.js";
import { accountView, findAccountByEmail, hashSecret, openSession } from "../../store/accounts.js";
import type { Store } from "../../store/database.js";
import type { Writer } from "../../store/write.js";
import { requireAccount, SESSION_COOKIE, setSessionCookie } from "../auth.js";
import { hashPassword, verifyPassword } from "../passwords.js";
import { defineRoute } from "../route.js";
import { noContent } from "../../api/common.js";
import { linkBody, passwordBody, sessionSchema, signInBody } from "../../api/session.js";

export interface SessionOptions {
  readonly sessionDays: number;
  readonly secureCookies: boolean;
  readonly loginRateLimit: number;
}

const WRONG = () => new DomainError("invalid_credentials", "The email or password is not right");

/** Sign-in by password or one-time link, sign-out, and setting one's password. */
export const registerSessionRoutes = (app: FastifyInstance, store: Store, writer: Writer, o: SessionOptions): void => {
  const rateLimit = { rateLimit: { max: o.loginRateLimit, timeWindow: "1 minute" } };

  const signIn = async (accountId: AccountId, reply: FastifyReply, markTokenUsed?: string) => {
    const { result } = await writer.run(accountId, async (ctx) => {
      if (markTokenUsed) {
        const used = await ctx.trx
          .updateTable("sign_in_tokens")
          .set({ used_at: ctx.now })
          .where("id", "=", markTokenUsed)
          .where("used_at", "is", null)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) !== 1) throw WRONG();
      }
      return openSession(ctx, accountId, o.sessionDays);
    });
    setSessionCookie(reply, result.secret, result.expiresAt, o.secureCookies);
    return { account: await accountView(store.db, accountId), csrfToken: result.csrfToken };
  };

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/session",
    summary: "Who is signed in, with the CSRF token for writes",
    tag: "session",
    response: sessionSchema,
    handler: async ({ raw }) => ({ account: raw.account, csrfToken: raw.csrfToken }),
  });

    defineRoute(app, {
      method: "POST",
      url: "/api/v1/session",
      summary: "Sign in with email and password",
      tag: "session",
      config: rateLimit,
      body: signInBody,
      response: sessionSchema,
      handler: async ({ body, reply }) => {
        const account = await findAccountByEmail(store.db, body.email);
        const ok = await verifyPassword(account?.password_hash ?? null, body.password);
        if (!account || !account.password_hash || !ok) throw WRONG();
        return signIn(asId<AccountId>(account.id), reply);
      },
    });
    defineRoute(app, {
      method: "POST",
      url: "/api/v1/session/link",
      summary: "Sign in with a one-time link",
      tag: "session",
      config: rateLimit,
      body: linkBody,
      response: sessionSchema,
      handler: async ({ body, reply }) => {
        const id = hashSecret(body.token);
        const token = await store.db.selectFrom("sign_in_tokens").selectAll().where("id", "=", id).executeTakeFirst();
        if (!token || token.used_at !== null || token.expires_at <= new Date().toISOString()) throw WRONG();
        return signIn(asId<AccountId>(token.account_id), reply, id);
      },
    });

  defineRoute(app, {
    method: "DELETE",
    url: "/api/v1/session",
    summary: "Sign out",
    tag: "session",
    response: noContent,
    status: 204,
    handler: async ({ raw, reply }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, async (ctx) => {
        await ctx.trx.deleteFrom("sessions").where("id", "=", raw.sessionId!).execute();
        ctx.record({ type: "session.closed", subject: `account:${account.id}`, sittingId: null, scope: `account:${account.id}`, payload: {} });
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return null;
    },
  });

  defineRoute(app, {
    method: "PUT",
    url: "/api/v1/account/password",
    summary: "Set the signed-in person's password",
    tag: "session",
    body: passwordBody,
    response: noContent,
    status: 204,
    handler: async ({ raw, body }) => {
      const account = requireAccount(raw);
      const hash = await hashPassword(body.password);
      await writer.run(account.id, async (ctx) => {
        await ctx.trx.updateTable("accounts").set({ password_hash: hash }).where("id", "=", account.id).execute();
        ctx.record({ type: "account.password_set", subject: `account:${account.id}`, sittingId: null, scope: `account:${account.id}`, payload: {} });
      });
      return null;
    },
  });
};

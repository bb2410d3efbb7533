import { routes } from "../../api/routes.js";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DomainError } from "../../domain/errors.js";
import { asId, type AccountId } from "../../domain/ids.js";
import { accountView, findAccountByEmail, hashSecret, openSession } from "../../store/accounts.js";
import type { Store } from "../../store/database.js";
import type { Writer } from "../../store/write.js";
import { requireAccount, SESSION_COOKIE, setSessionCookie } from "../auth.js";
import { MIN_PASSWORD_LENGTH, passwordWeakness, type PasswordWeakness } from "../password-strength.js";
import { hashPassword, verifyPassword } from "../passwords.js";
import { defineRoute } from "../route.js";
import { accountDeactivated } from "../../store/setup/participants.js";

export interface SessionOptions {
  readonly sessionDays: number;
  readonly secureCookies: boolean;
  readonly loginRateLimit: number;
}

const WEAK: Readonly<Record<PasswordWeakness, string>> = {
  too_short: `Use at least ${MIN_PASSWORD_LENGTH} characters`,
  common: "This password is one of the most used; choose another",
  pattern: "This password follows a pattern (repeats, sequences, keyboard rows, dates) that is easy to guess",
  personal: "This password is built from your own name or e-mail",
  guessable: "This password is too easy to guess; add a few uncommon words",
};

const WRONG = () => new DomainError("invalid_credentials", "The email or password is not right");

/** Sign-in by password or one-time link, sign-out, and setting one's password. */
export const registerSessionRoutes = (app: FastifyInstance, store: Store, writer: Writer, o: SessionOptions): void => {
  const rateLimit = { rateLimit: { max: o.loginRateLimit, timeWindow: "1 minute" } };

  const signIn = async (accountId: AccountId, reply: FastifyReply, markTokenUsed?: string) => {
    // A deactivated participant may not sign in, by password or by a link issued before.
    if (await accountDeactivated(store.db, accountId)) throw WRONG();
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
      const account = await findAccountByEmail(store.db, body.email);
      const ok = await verifyPassword(account?.password_hash ?? null, body.password);
      if (!account || !account.password_hash || !ok) throw WRONG();
      return signIn(asId<AccountId>(account.id), reply);
    },
  });
  defineRoute(app, routes.session.signInWithLink, {
    summary: "Sign in with a one-time link",
    tag: "session",
    config: rateLimit,
    handler: async ({ body, reply }) => {
      const id = hashSecret(body.token);
      const token = await store.db.selectFrom("sign_in_tokens").selectAll().where("id", "=", id).executeTakeFirst();
      if (!token || token.used_at !== null || token.expires_at <= new Date().toISOString()) throw WRONG();
      return signIn(asId<AccountId>(token.account_id), reply, id);
    },
  });

  defineRoute(app, routes.session.signOut, {
    summary: "Sign out",
    tag: "session",
    status: 204,
    handler: async ({ raw, reply }) => {
      const account = requireAccount(raw);
      await writer.run(account.id, async (ctx) => {
        await ctx.trx.deleteFrom("sessions").where("id", "=", raw.sessionId!).execute();
        ctx.record({
          type: "session.closed",
          subject: `account:${account.id}`,
          sittingId: null,
          scope: `account:${account.id}`,
          payload: {},
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return null;
    },
  });

  /** A session opened by a one-time link in the last hour proves the e-mail: it may set a forgotten password. */
  const openedByLinkLately = async (sessionId: string): Promise<boolean> => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const session = await store.db
      .selectFrom("sessions")
      .select(["account_id", "created_at"])
      .where("id", "=", sessionId)
      .executeTakeFirst();
    if (!session || session.created_at < since) return false;
    const token = await store.db
      .selectFrom("sign_in_tokens")
      .select("id")
      .where("account_id", "=", session.account_id)
      .where("used_at", "=", session.created_at)
      .executeTakeFirst();
    return token !== undefined;
  };

  defineRoute(app, routes.session.setPassword, {
    summary:
      "Set the signed-in person's password: the current one is needed once set, unless signed in by a one-time link within the hour; a weak one is refused; other sessions are signed out",
    tag: "session",
    config: rateLimit,
    status: 204,
    handler: async ({ raw, body }) => {
      const account = requireAccount(raw);
      const stored = await store.db.selectFrom("accounts").select("password_hash").where("id", "=", account.id).executeTakeFirstOrThrow();
      const needsCurrent = stored.password_hash !== null && !(await openedByLinkLately(raw.sessionId!));
      if (needsCurrent && !(body.currentPassword && (await verifyPassword(stored.password_hash, body.currentPassword))))
        throw new DomainError(
          "validation_failed",
          "Give your current password to change it",
          [
            {
              path: "body.currentPassword",
              message: body.currentPassword ? "is not your current password" : "is required to change a password",
            },
          ],
          { reason: "current_password" },
        );
      const weakness = await passwordWeakness(body.password, [account.email, account.name]);
      if (weakness)
        throw new DomainError("validation_failed", WEAK[weakness], [{ path: "body.password", message: WEAK[weakness] }], {
          reason: weakness,
        });
      const hash = await hashPassword(body.password);
      await writer.run(account.id, async (ctx) => {
        await ctx.trx.updateTable("accounts").set({ password_hash: hash }).where("id", "=", account.id).execute();
        const others = await ctx.trx
          .deleteFrom("sessions")
          .where("account_id", "=", account.id)
          .where("id", "!=", raw.sessionId!)
          .executeTakeFirst();
        const payload = { otherSessionsClosed: Number(others.numDeletedRows) };
        ctx.record({
          type: "account.password_set",
          subject: `account:${account.id}`,
          sittingId: null,
          scope: `account:${account.id}`,
          payload,
        });
      });
      return null;
    },
  });
};

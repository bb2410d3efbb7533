import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import { accountView, findAccountByEmail, openSession, type AccountView } from "../../store/accounts.js";
import type { Schema } from "../../store/schema.js";
import { accountDeactivated } from "../../store/setup/participants.js";
import type { WriteContext } from "../../store/write-context.js";
import { verifyPassword } from "./passwords.js";

/** The one refusal of a sign-in: it never says whether the address, the password or the link was wrong. */
export const wrongCredentials = (): DomainError => new DomainError("invalid_credentials", "The email or password is not right");

/** A session just opened: the account as the screens show it, and the cookie's secret with its CSRF token. */
export interface SignedIn {
  readonly account: AccountView | null;
  readonly session: { readonly secret: string; readonly csrfToken: string; readonly expiresAt: string };
}

/**
 * Whose password this is: the account of the address when the password matches, or the one refusal. Read before the
 * sign-in's transaction, so the slow hash comparison holds no write; an unknown address costs the same time.
 */
export const checkPassword = async (db: Kysely<Schema>, email: string, password: string): Promise<AccountId> => {
  const account = await findAccountByEmail(db, email);
  const ok = await verifyPassword(account?.password_hash ?? null, password);
  if (!account || !account.password_hash || !ok) throw wrongCredentials();
  return account.id;
};

/** Opens a session for an account whose password or link was just proven; a deactivated participant may not sign in. */
export const openSignedInSession = async (ctx: WriteContext, accountId: AccountId, sessionDays: number): Promise<SignedIn> => {
  if (await accountDeactivated(ctx.trx, accountId)) throw wrongCredentials();
  const session = await openSession(ctx, accountId, sessionDays);
  return { account: await accountView(ctx.trx, accountId), session };
};

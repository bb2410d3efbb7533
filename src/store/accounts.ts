import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Principal, RoleAssignment } from "../domain/authorization.js";
import { asId, type AccountId } from "../domain/ids.js";
import type { Schema } from "./schema.js";
import type { WriteContext } from "./write-context.js";

/** Secrets are stored only as hashes: a stolen database yields no usable session or link. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("base64url");
export const newSecret = (): string => randomBytes(32).toString("base64url");

export interface AccountView {
  id: AccountId;
  email: string;
  name: string;
  roles: RoleAssignment[];
}

export const findAccountByEmail = (db: Kysely<Schema>, email: string) =>
  db.selectFrom("accounts").selectAll().where("email", "=", email.trim().toLowerCase()).executeTakeFirst();

export const rolesOf = async (db: Kysely<Schema>, accountId: AccountId): Promise<RoleAssignment[]> => {
  const rows = await db.selectFrom("role_assignments").select(["role", "scope"]).where("account_id", "=", accountId).execute();
  return rows.map((r) => ({ role: r.role, scope: r.scope }));
};

export const accountView = async (db: Kysely<Schema>, accountId: AccountId): Promise<AccountView | null> => {
  const row = await db.selectFrom("accounts").select(["id", "email", "name"]).where("id", "=", accountId).executeTakeFirst();
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, roles: await rolesOf(db, row.id) };
};

export const principalOf = (account: AccountView | null): Principal =>
  account ? { accountId: account.id, roles: account.roles } : { accountId: null, roles: [] };

/** Creates an account with roles; the event carries no secret. */
export const createAccount = async (
  ctx: WriteContext,
  input: { email: string; name: string; roles: RoleAssignment[] },
): Promise<AccountId> => {
  const id = asId<AccountId>(randomUUID());
  const email = input.email.trim().toLowerCase();
  await ctx.trx.insertInto("accounts").values({ id, email, name: input.name, password_hash: null, created_at: ctx.now }).execute();
  for (const r of input.roles) {
    await ctx.trx
      .insertInto("role_assignments")
      .values({ id: randomUUID(), account_id: id, role: r.role, scope: r.scope, created_at: ctx.now })
      .execute();
  }
  ctx.record({
    type: "account.created",
    subject: `account:${id}`,
    sittingId: null,
    scope: "staff",
    payload: { email, roles: input.roles },
  });
  return id;
};

/** Issues a one-time sign-in link token, valid for `hours`. Returns the secret to put in the link. */
export const issueSignInToken = async (ctx: WriteContext, accountId: AccountId, hours = 24): Promise<string> => {
  const secret = newSecret();
  const expires = new Date(Date.parse(ctx.now) + hours * 3_600_000).toISOString();
  await ctx.trx
    .insertInto("sign_in_tokens")
    .values({ id: hashSecret(secret), account_id: accountId, created_at: ctx.now, expires_at: expires, used_at: null })
    .execute();
  ctx.record({
    type: "sign_in_link.issued",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: "staff",
    payload: { expiresAt: expires },
  });
  return secret;
};

/** Opens a session; returns the cookie secret and the CSRF token bound to it. */
export const openSession = async (
  ctx: WriteContext,
  accountId: AccountId,
  days: number,
): Promise<{ secret: string; csrfToken: string; expiresAt: string }> => {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.parse(ctx.now) + days * 86_400_000).toISOString();
  await ctx.trx
    .insertInto("sessions")
    .values({ id: hashSecret(secret), account_id: accountId, csrf_token: csrfToken, created_at: ctx.now, expires_at: expiresAt })
    .execute();
  ctx.record({
    type: "session.opened",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: `account:${accountId}`,
    payload: { expiresAt },
  });
  return { secret, csrfToken, expiresAt };
};

/** The live session for a cookie secret, or null when unknown or expired. */
export const findSession = async (db: Kysely<Schema>, secret: string, now: string) => {
  const row = await db.selectFrom("sessions").selectAll().where("id", "=", hashSecret(secret)).executeTakeFirst();
  return row && row.expires_at > now ? row : null;
};

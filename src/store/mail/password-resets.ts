import { DomainError } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import { hashSecret, newSecret } from "../accounts.js";
import type { WriteContext } from "../write-context.js";

/** How long a reset link works. */
export const RESET_HOURS = 1;

/** Issues a one-time reset secret, valid for an hour; only its hash is stored. Earlier unused ones stop working. */
export const issuePasswordReset = async (ctx: WriteContext, accountId: AccountId): Promise<string> => {
  const secret = newSecret();
  const expiresAt = new Date(Date.parse(ctx.now) + RESET_HOURS * 3_600_000).toISOString();
  await ctx.trx
    .updateTable("password_resets")
    .set({ used_at: ctx.now })
    .where("account_id", "=", accountId)
    .where("used_at", "is", null)
    .execute();
  await ctx.trx
    .insertInto("password_resets")
    .values({ id: hashSecret(secret), account_id: accountId, created_at: ctx.now, expires_at: expiresAt, used_at: null })
    .execute();
  ctx.record({
    type: "password_reset.requested",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: `account:${accountId}`,
    payload: { expiresAt },
  });
  return secret;
};

/** Uses a reset secret once: the account it belongs to, or a refusal that does not say why (unknown, used or expired). */
export const consumePasswordReset = async (ctx: WriteContext, secret: string): Promise<AccountId> => {
  const id = hashSecret(secret);
  const row = await ctx.trx.selectFrom("password_resets").selectAll().where("id", "=", id).executeTakeFirst();
  const refuse = () => new DomainError("invalid_credentials", "This reset link is not valid any more: ask for a new one");
  if (!row || row.used_at !== null || row.expires_at <= ctx.now) throw refuse();
  const used = await ctx.trx
    .updateTable("password_resets")
    .set({ used_at: ctx.now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw refuse();
  return row.account_id;
};

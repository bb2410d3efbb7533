import { DomainError } from "../../domain/errors.js";
import { accountView, openSession } from "../../store/accounts.js";
import { consumePasswordReset } from "../../store/mail/password-resets.js";
import { accountDeactivated } from "../../store/setup/participants.js";
import type { WriteContext } from "../../store/write-context.js";
import { passwordWeakness } from "./password-strength.js";
import { hashPassword } from "./passwords.js";
import type { SignedIn } from "./sign-in.js";

/**
 * Sets a new password with a reset link's secret, used once: a weak password is refused with its reason, every
 * session of the account is signed out, and a new one is opened. A deactivated participant's link no longer works.
 */
export const resetPassword = async (ctx: WriteContext, secret: string, password: string, sessionDays: number): Promise<SignedIn> => {
  const accountId = await consumePasswordReset(ctx, secret);
  if (await accountDeactivated(ctx.trx, accountId))
    throw new DomainError("invalid_credentials", "This reset link is not valid any more: ask for a new one");
  const account = await ctx.trx.selectFrom("accounts").select(["email", "name"]).where("id", "=", accountId).executeTakeFirstOrThrow();
  const weakness = await passwordWeakness(password, [account.email, account.name]);
  if (weakness)
    throw new DomainError("validation_failed", "Choose a stronger password", [{ path: "body.password", message: weakness }], {
      reason: weakness,
    });
  await ctx.trx
    .updateTable("accounts")
    .set({ password_hash: await hashPassword(password) })
    .where("id", "=", accountId)
    .execute();
  const closed = await ctx.trx.deleteFrom("sessions").where("account_id", "=", accountId).executeTakeFirst();
  ctx.record({
    type: "account.password_reset",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: `account:${accountId}`,
    payload: { sessionsClosed: Number(closed.numDeletedRows) },
  });
  const session = await openSession(ctx, accountId, sessionDays);
  return { account: await accountView(ctx.trx, accountId), session };
};

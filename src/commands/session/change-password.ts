import { DomainError } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import type { WriteContext } from "../../store/write-context.js";
import { MIN_PASSWORD_LENGTH, passwordWeakness, type PasswordWeakness } from "./password-strength.js";
import { hashPassword, verifyPassword } from "./passwords.js";

const WEAK: Readonly<Record<PasswordWeakness, string>> = {
  too_short: `Use at least ${MIN_PASSWORD_LENGTH} characters`,
  common: "This password is one of the most used; choose another",
  pattern: "This password follows a pattern (repeats, sequences, keyboard rows, dates) that is easy to guess",
  personal: "This password is built from your own name or e-mail",
  guessable: "This password is too easy to guess; add a few uncommon words",
};

/** How long a session opened by a one-time link may set a forgotten password without the current one. */
const LINK_PROVES_EMAIL_MS = 3_600_000;

/** A session opened by a one-time link in the last hour proves the e-mail: it may set a forgotten password. */
const openedByLinkLately = async (ctx: WriteContext, sessionId: string): Promise<boolean> => {
  const since = new Date(Date.parse(ctx.now) - LINK_PROVES_EMAIL_MS).toISOString();
  const session = await ctx.trx.selectFrom("sessions").select(["account_id", "created_at"]).where("id", "=", sessionId).executeTakeFirst();
  if (!session || session.created_at < since) return false;
  const token = await ctx.trx
    .selectFrom("sign_in_tokens")
    .select("id")
    .where("account_id", "=", session.account_id)
    .where("used_at", "=", session.created_at)
    .executeTakeFirst();
  return token !== undefined;
};

/**
 * The signed-in person sets their password from their session (`sessionId`, its stored id): the current password is
 * needed once one is set, unless the session was opened by a one-time link within the hour; a weak one is refused
 * with its reason; their other sessions are signed out.
 */
export const changePassword = async (
  ctx: WriteContext,
  accountId: AccountId,
  sessionId: string,
  input: { readonly password: string; readonly currentPassword?: string | undefined },
): Promise<void> => {
  const account = await ctx.trx
    .selectFrom("accounts")
    .select(["email", "name", "password_hash"])
    .where("id", "=", accountId)
    .executeTakeFirstOrThrow();
  const needsCurrent = account.password_hash !== null && !(await openedByLinkLately(ctx, sessionId));
  if (needsCurrent && !(input.currentPassword && (await verifyPassword(account.password_hash, input.currentPassword))))
    throw new DomainError(
      "validation_failed",
      "Give your current password to change it",
      [
        {
          path: "body.currentPassword",
          message: input.currentPassword ? "is not your current password" : "is required to change a password",
        },
      ],
      { reason: "current_password" },
    );
  const weakness = await passwordWeakness(input.password, [account.email, account.name]);
  if (weakness)
    throw new DomainError("validation_failed", WEAK[weakness], [{ path: "body.password", message: WEAK[weakness] }], {
      reason: weakness,
    });
  await ctx.trx
    .updateTable("accounts")
    .set({ password_hash: await hashPassword(input.password) })
    .where("id", "=", accountId)
    .execute();
  const others = await ctx.trx.deleteFrom("sessions").where("account_id", "=", accountId).where("id", "!=", sessionId).executeTakeFirst();
  ctx.record({
    type: "account.password_set",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: `account:${accountId}`,
    payload: { otherSessionsClosed: Number(others.numDeletedRows) },
  });
};

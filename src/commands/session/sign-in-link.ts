import type { Kysely } from "kysely";
import type { AccountId } from "../../domain/ids.js";
import { hashSecret } from "../../store/accounts.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";
import { openSignedInSession, wrongCredentials, type SignedIn } from "./sign-in.js";

/** A one-time sign-in link that may still be used: its stored id (the secret's hash) and whose it is. */
export interface SignInLink {
  readonly id: string;
  readonly accountId: AccountId;
}

/** The link of a secret when it is known, unused and not expired at `now`, or the sign-in's one refusal. */
export const findSignInLink = async (db: Kysely<Schema>, secret: string, now: string): Promise<SignInLink> => {
  const id = hashSecret(secret);
  const token = await db.selectFrom("sign_in_tokens").selectAll().where("id", "=", id).executeTakeFirst();
  if (!token || token.used_at !== null || token.expires_at <= now) throw wrongCredentials();
  return { id, accountId: token.account_id };
};

/**
 * Signs in with a link found by `findSignInLink`: the link is used once (of two uses at the same moment, one is
 * refused), and a deactivated participant is refused, though the link was issued before the deactivation.
 */
export const redeemSignInLink = async (ctx: WriteContext, link: SignInLink, sessionDays: number): Promise<SignedIn> => {
  const used = await ctx.trx
    .updateTable("sign_in_tokens")
    .set({ used_at: ctx.now })
    .where("id", "=", link.id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw wrongCredentials();
  return openSignedInSession(ctx, link.accountId, sessionDays);
};

import { createAccount, issueSignInToken } from "./accounts.js";
import { lockLog } from "./events.js";
import type { Writer } from "./write.js";

export const FIRST_SECRETARIAT_EMAIL = "admin@rapporteur.local";

/** On the first start, creates the secretariat account and returns a one-time sign-in link (never a password). */
export const ensureFirstSecretariat = async (writer: Writer, publicUrl: string): Promise<string | null> => {
  const { result } = await writer.run(null, async (ctx) => {
    await lockLog(ctx.trx);
    const any = await ctx.trx.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
    if (any) return null;
    const id = await createAccount(ctx, {
      email: FIRST_SECRETARIAT_EMAIL,
      name: "Secretariat",
      roles: [{ role: "secretariat", scope: null }],
    });
    return issueSignInToken(ctx, id);
  });
  return result ? signInLink(publicUrl, result) : null;
};

/** Issues a fresh one-time link for an account, creating it as secretariat when it does not exist. */
export const createAdmin = async (writer: Writer, publicUrl: string, email: string, name: string): Promise<string> => {
  const { result } = await writer.run(null, async (ctx) => {
    const existing = await ctx.trx.selectFrom("accounts").select("id").where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
    const id = existing ? existing.id : await createAccount(ctx, { email, name, roles: [{ role: "secretariat", scope: null }] });
    return issueSignInToken(ctx, id);
  });
  return signInLink(publicUrl, result);
};

export const signInLink = (publicUrl: string, token: string): string => `${publicUrl}/sign-in/link?token=${encodeURIComponent(token)}`;

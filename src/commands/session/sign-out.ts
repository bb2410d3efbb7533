import type { AccountId } from "../../domain/ids.js";
import type { WriteContext } from "../../store/write-context.js";

/** Closes the caller's own session (its stored id); their other sessions stay open. */
export const signOut = async (ctx: WriteContext, accountId: AccountId, sessionId: string): Promise<void> => {
  await ctx.trx.deleteFrom("sessions").where("id", "=", sessionId).execute();
  ctx.record({
    type: "session.closed",
    subject: `account:${accountId}`,
    sittingId: null,
    scope: `account:${accountId}`,
    payload: {},
  });
};

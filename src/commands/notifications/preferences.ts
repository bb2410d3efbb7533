import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { NotificationKind } from "../../domain/notifications/kinds.js";
import { preferencesOf } from "../../store/notifications/read.js";
import type { WriteContext } from "../../store/write-context.js";

/** The caller chooses whether one kind of notice also comes by e-mail; in the app it always comes. */
export const setEmailChoice = async (ctx: WriteContext, p: Principal, kind: NotificationKind, email: boolean) => {
  if (p.accountId === null) throw new DomainError("unauthenticated", "Sign in to choose your notifications");
  await ctx.trx
    .insertInto("notification_preferences")
    .values({ account_id: p.accountId, kind, email: email ? 1 : 0 })
    .onConflict((oc) => oc.columns(["account_id", "kind"]).doUpdateSet({ email: email ? 1 : 0 }))
    .execute();
  ctx.record({
    type: "notification.preference_set",
    subject: `notification_preference:${p.accountId}`,
    sittingId: null,
    scope: `account:${p.accountId}`,
    payload: { kind, email },
  });
  return { preferences: await preferencesOf(ctx.trx, p.accountId) };
};

import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { unreadCount } from "../../store/notifications/read.js";
import type { WriteContext } from "../../store/write-context.js";

/** The caller marks their notices read: those named (only their own), or all of them. */
export const markNotificationsRead = async (ctx: WriteContext, p: Principal, ids: readonly string[] | undefined) => {
  if (p.accountId === null) throw new DomainError("unauthenticated", "Sign in to read your notifications");
  let q = ctx.trx.updateTable("notifications").set({ read_at: ctx.now }).where("account_id", "=", p.accountId).where("read_at", "is", null);
  if (ids !== undefined) {
    if (ids.length === 0) return { unread: await unreadCount(ctx.trx, p.accountId) };
    q = q.where("id", "in", [...ids]);
  }
  const result = await q.executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0)
    ctx.record({
      type: "notification.read",
      subject: `notification_inbox:${p.accountId}`,
      sittingId: null,
      scope: `account:${p.accountId}`,
      payload: { ids: ids ?? null },
    });
  return { unread: await unreadCount(ctx.trx, p.accountId) };
};

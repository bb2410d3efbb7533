import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { mailEvent } from "../../store/mail/outbox.js";
import type { WriteContext } from "../../store/write-context.js";

/** What "try again now" can do for one mail: it was waiting for a retry, or given up after its attempts. */
export interface RetriedMail {
  readonly id: string;
  readonly state: "queued";
  readonly nextAttemptAt: string;
}

/**
 * The secretariat asks for one mail to be tried again at once, e.g. once the mail server is back after an
 * outage: a mail waiting for its next attempt is made due now, a mail given up is queued again with its
 * attempts kept. A mail already delivered (or written to the log) is not sent twice.
 */
export const retryMailNow = async (ctx: WriteContext, p: Principal, mailId: string): Promise<RetriedMail> => {
  if (!can(p, { kind: "manage_accounts" })) throw new DomainError("forbidden", "Only the secretariat sends mail again");
  const mail = await ctx.trx.selectFrom("outbox").select(["id", "state", "recipient", "kind"]).where("id", "=", mailId).executeTakeFirst();
  if (!mail) throw notFound("Mail", mailId);
  if (mail.state !== "queued" && mail.state !== "failed")
    throw new DomainError("conflict", "This mail has already left; it is not sent twice", [{ path: "params.id", message: mail.state }]);
  const done = await ctx.trx
    .updateTable("outbox")
    .set({ state: "queued", next_attempt_at: ctx.now })
    .where("id", "=", mailId)
    .where("state", "=", mail.state)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw new DomainError("stale_version", "This mail changed meanwhile; load the list again");
  ctx.record(mailEvent("mail.retry_requested", mailId, { kind: mail.kind, recipient: mail.recipient, was: mail.state }));
  return { id: mailId, state: "queued", nextAttemptAt: ctx.now };
};

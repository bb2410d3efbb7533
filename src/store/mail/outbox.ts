import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { NewEvent } from "../../domain/events.js";
import type { AccountId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { ComposedMail, MailKind } from "../../mail/templates.js";
import type { Schema } from "../schema.js";
import type { MailState } from "./schema.js";
import type { WriteContext } from "../write-context.js";

/** An event of a mail's delivery: for the staff, about no sitting. */
export const mailEvent = (type: `mail.${string}`, mailId: string, payload: Readonly<Record<string, unknown>>): NewEvent => ({
  type,
  subject: `mail:${mailId}`,
  sittingId: null,
  scope: "staff",
  payload,
});

/** A mail to queue: who receives it, in which language, and its composed parts. */
export interface OutgoingMail {
  readonly kind: MailKind;
  readonly recipient: string;
  readonly accountId: AccountId | null;
  readonly language: Language;
  readonly content: ComposedMail;
  /** One-time secrets the mail carries (a link's token), masked in the stored copy once SMTP took it. */
  readonly secrets?: readonly string[];
}

/** A recipient address: one line, at most 254 characters, one @ with something on each side. */
export const isMailAddress = (value: string): boolean => value.length <= 254 && /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(value);

/**
 * Queues a mail inside the caller's transaction, so it is sent if and only if the change that
 * caused it commits. The event names the mail and its kind; the text stays in the outbox.
 */
export const queueMail = async (ctx: WriteContext, mail: OutgoingMail): Promise<string> => {
  if (!isMailAddress(mail.recipient)) throw new RangeError(`Not a mail address: ${mail.recipient.slice(0, 80)}`);
  const id = randomUUID();
  await ctx.trx
    .insertInto("outbox")
    .values({
      id,
      kind: mail.kind,
      recipient: mail.recipient,
      account_id: mail.accountId,
      language: mail.language,
      subject: mail.content.subject,
      text: mail.content.text,
      html: mail.content.html,
      secrets: mail.secrets && mail.secrets.length > 0 ? JSON.stringify(mail.secrets) : null,
      state: "queued",
      attempts: 0,
      next_attempt_at: ctx.now,
      lease_until: null,
      last_error: null,
      created_at: ctx.now,
      sent_at: null,
    })
    .execute();
  ctx.record(mailEvent("mail.queued", id, { kind: mail.kind, recipient: mail.recipient, language: mail.language }));
  return id;
};

/** The outgoing mail, newest first, for the secretariat's screen. */
export const listMail = async (db: Kysely<Schema>, options: { state?: MailState; limit: number }) => {
  let q = db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").orderBy("id").limit(options.limit);
  if (options.state) q = q.where("state", "=", options.state);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    language: r.language,
    subject: r.subject,
    text: r.text,
    state: r.state,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    nextAttemptAt: r.state === "queued" ? r.next_attempt_at : null,
  }));
};

import type { Kysely } from "kysely";
import type { Schema } from "../schema.js";
import type { Writer } from "../write.js";
import { outboxSecrets } from "../columns/mail.js";
import { decodeColumn } from "../decode.js";
import { mailEvent } from "./outbox.js";

/** A mail taken for one delivery attempt. */
export interface ClaimedMail {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attempts: number;
  readonly secrets: readonly string[];
}

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Takes up to `limit` due mails for one attempt each. A lease stops another instance (or a second
 * pass of this one) from sending the same mail while the attempt runs; an attempt that dies leaves
 * the lease to expire, and the mail is tried again.
 */
export const claimDueMail = async (db: Kysely<Schema>, now: string, leaseMs: number, limit: number): Promise<ClaimedMail[]> => {
  const due = await db
    .selectFrom("outbox")
    .select(["id", "lease_until"])
    .where("state", "=", "queued")
    .where("next_attempt_at", "<=", now)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now)]))
    .orderBy("next_attempt_at")
    .orderBy("created_at")
    .limit(limit)
    .execute();
  const claimed: ClaimedMail[] = [];
  for (const row of due) {
    const taken = await db
      .updateTable("outbox")
      .set({ lease_until: plus(now, leaseMs) })
      .where("id", "=", row.id)
      .where("state", "=", "queued")
      .where((eb) => (row.lease_until === null ? eb("lease_until", "is", null) : eb("lease_until", "=", row.lease_until)))
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) continue;
    const m = await db.selectFrom("outbox").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
    claimed.push({
      id: m.id,
      recipient: m.recipient,
      subject: m.subject,
      text: m.text,
      html: m.html,
      attempts: Number(m.attempts),
      secrets: m.secrets ? decodeColumn(outboxSecrets, m.secrets, "outbox", m.id) : [],
    });
  }
  return claimed;
};

const mask = (value: string, secrets: readonly string[]) => secrets.reduce((v, s) => v.split(s).join("…"), value);

/** Records a delivered mail: state, attempt count, event; the stored copy loses its secrets once SMTP took it. */
export const recordDelivered = async (writer: Writer, mail: ClaimedMail, via: "smtp" | "log"): Promise<void> => {
  await writer.run(null, async (ctx) => {
    const keep = via === "log";
    await ctx.trx
      .updateTable("outbox")
      .set({
        state: via === "smtp" ? "sent" : "logged",
        attempts: mail.attempts + 1,
        sent_at: ctx.now,
        lease_until: null,
        last_error: null,
        ...(keep ? {} : { text: mask(mail.text, mail.secrets), html: mask(mail.html, mail.secrets), secrets: null }),
      })
      .where("id", "=", mail.id)
      .execute();
    ctx.record(mailEvent("mail.sent", mail.id, { via, attempts: mail.attempts + 1 }));
  });
};

/** Records a failed attempt: when to try again, or that the mail is given up after the last attempt. */
export const recordFailure = async (writer: Writer, mail: ClaimedMail, error: string, retryInMs: number | null): Promise<void> => {
  await writer.run(null, async (ctx) => {
    const nextAttemptAt = retryInMs === null ? ctx.now : plus(ctx.now, retryInMs);
    const message = error.slice(0, 500);
    await ctx.trx
      .updateTable("outbox")
      .set({
        state: retryInMs === null ? "failed" : "queued",
        attempts: mail.attempts + 1,
        next_attempt_at: nextAttemptAt,
        lease_until: null,
        last_error: message,
      })
      .where("id", "=", mail.id)
      .execute();
    const payload = {
      attempts: mail.attempts + 1,
      error: message,
      final: retryInMs === null,
      nextAttemptAt: retryInMs === null ? null : nextAttemptAt,
    };
    ctx.record(mailEvent("mail.failed", mail.id, payload));
  });
};

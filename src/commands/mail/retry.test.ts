import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId } from "../../domain/ids.js";
import { composeMail } from "../../mail/templates.js";
import { MailSender, type SenderSettings } from "../../mail/sender.js";
import { freePort, startTestSmtp, type TestSmtp } from "../../mail/test-smtp.js";
import { smtpTransport } from "../../mail/transport.js";
import { queueMail } from "../../store/mail/outbox.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeOnTestClock, TEST_FROM } from "../../test-support/mail-clock.js";
import { storeKinds } from "../../test-support/stores.js";
import { retryMailNow } from "./retry.js";

const SETTINGS: SenderSettings = {
  pollMs: 60_000,
  retryBaseMs: 600_000,
  maxRetryMs: 3_600_000,
  maxAttempts: 2,
  leaseMs: 120_000,
  batch: 20,
};
const FROM = TEST_FROM;
const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat-account"), roles: [{ role: "secretariat", scope: null }] };
const DELEGATE: Principal = { accountId: asId<AccountId>("delegate-account"), roles: [{ role: "participant", scope: null }] };

describe.each(storeKinds())("trying a mail again now, after an outage, on %s", (kind) => {
  let smtp: TestSmtp | null = null;
  let desk: Awaited<ReturnType<typeof storeOnTestClock>>;
  beforeAll(async () => {
    desk = await storeOnTestClock(kind);
  });
  afterAll(async () => {
    await smtp?.close();
    await desk.store.dispose();
  });

  const queue = (recipient: string) =>
    desk.writer.run(null, (ctx) =>
      queueMail(ctx, {
        kind: "invitation",
        recipient,
        accountId: null,
        language: "ar",
        content: composeMail(
          { kind: "invitation", name: "ليلى", event: "الجمعية الـ 143", link: "https://r.example.org/x", validHours: 72 },
          "ar",
        ),
      }),
    );
  const stateOf = async (id: string) => {
    const row = await desk.store.db
      .selectFrom("outbox")
      .select(["state", "attempts", "next_attempt_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return [row.state, Number(row.attempts), row.next_attempt_at];
  };

  it("makes a waiting mail due at once and a given-up one queued again, delivered when the server is back; never a sent one", async () => {
    const port = await freePort();
    const sender = new MailSender(desk.writer, smtpTransport(`smtp://127.0.0.1:${port}`, FROM), SETTINGS, undefined, desk.clock);
    const waiting = (await queue("leila@example.org")).result;
    const givenUp = (await queue("omar@example.org")).result;
    expect(await sender.pass()).toBe(2);
    desk.time.at += 600_000;
    await desk.store.db
      .updateTable("outbox")
      .set({ next_attempt_at: new Date(desk.time.at).toISOString() })
      .where("id", "=", waiting)
      .execute();
    expect(await sender.pass()).toBe(2);
    // Two attempts: the second failure gives both up; bring one back to waiting as if it had one attempt left.
    await desk.store.db
      .updateTable("outbox")
      .set({ state: "queued", attempts: 1, next_attempt_at: "2026-12-01T10:00:00.000Z" })
      .where("id", "=", waiting)
      .execute();
    expect(await stateOf(givenUp)).toEqual(["failed", 2, expect.any(String)]);

    smtp = await startTestSmtp(port);
    // Not due yet: a pass sends nothing until the secretariat asks.
    expect(await sender.pass()).toBe(0);
    await expectDomainError(
      desk.writer.run(DELEGATE.accountId, (ctx) => retryMailNow(ctx, DELEGATE, waiting)),
      "forbidden",
    );
    for (const id of [waiting, givenUp]) {
      const { result } = await desk.writer.run(SECRETARIAT.accountId, (ctx) => retryMailNow(ctx, SECRETARIAT, id));
      expect(result).toEqual({ id, state: "queued", nextAttemptAt: new Date(desk.time.at).toISOString() });
    }
    expect(await sender.pass()).toBe(2);
    await sender.stop();
    expect(smtp.received.map((m) => (m.to && "text" in m.to ? m.to.text : "")).sort()).toEqual(["leila@example.org", "omar@example.org"]);
    expect((await stateOf(waiting)).slice(0, 2)).toEqual(["sent", 2]);
    expect((await stateOf(givenUp)).slice(0, 2)).toEqual(["sent", 3]);

    await expectDomainError(
      desk.writer.run(SECRETARIAT.accountId, (ctx) => retryMailNow(ctx, SECRETARIAT, waiting)),
      "conflict",
    );
    await expectDomainError(
      desk.writer.run(SECRETARIAT.accountId, (ctx) => retryMailNow(ctx, SECRETARIAT, "no-such-mail")),
      "not_found",
    );
    const events = await desk.store.db
      .selectFrom("events")
      .select(["type", "actor", "payload"])
      .where("type", "=", "mail.retry_requested")
      .execute();
    expect(events.map((e) => [e.actor, JSON.parse(e.payload).was])).toEqual([
      ["secretariat-account", "queued"],
      ["secretariat-account", "failed"],
    ]);
  });
});

import { createServer, type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lastPosition } from "../store/events.js";
import { queueMail } from "../store/mail/outbox.js";
import { storeOnTestClock, TEST_FROM } from "../test-support/mail-clock.js";
import { storeKinds } from "../test-support/stores.js";
import { MailSender, retryDelay, type SenderSettings } from "./sender.js";
import { composeMail } from "./templates.js";
import { freePort, startTestSmtp, type TestSmtp } from "./test-smtp.js";
import { smtpTransport } from "./transport.js";

const SETTINGS: SenderSettings = {
  pollMs: 60_000,
  retryBaseMs: 30_000,
  maxRetryMs: 3_600_000,
  maxAttempts: 5,
  leaseMs: 120_000,
  batch: 20,
};
const FROM = TEST_FROM;
const LINK = "https://rapporteur.example.org/sign-in/link?token=secret-token-of-karim";

describe("retries", () => {
  it("double the delay after each failure, capped, and give up after the last attempt", () => {
    expect([1, 2, 3, 8, 9, 25].map((n) => retryDelay(n, { ...SETTINGS, maxAttempts: 25 }))).toEqual([
      30_000,
      60_000,
      120_000,
      3_600_000,
      3_600_000,
      null,
    ]);
  });
});

describe.each(storeKinds())("mail through a real SMTP server on %s", (kind) => {
  let smtp: TestSmtp | null = null;
  let desk: Awaited<ReturnType<typeof storeOnTestClock>>;
  beforeAll(async () => {
    desk = await storeOnTestClock(kind);
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = null;
    await desk.store.db.deleteFrom("outbox").execute();
  });
  afterAll(async () => desk.store.dispose());

  const queue = (recipient: string, language: "ar" | "en", name: string) =>
    desk.writer.run(null, (ctx) =>
      queueMail(ctx, {
        kind: "invitation",
        recipient,
        accountId: null,
        language,
        content: composeMail(
          { kind: "invitation", name, event: language === "ar" ? "الجمعية الـ 143" : "143rd IPU Assembly", link: LINK, validHours: 72 },
          language,
        ),
        secrets: ["secret-token-of-karim"],
      }),
    );

  it("sends both parts with their headers, Arabic intact, and masks the link in the stored copy", async () => {
    smtp = await startTestSmtp();
    await queue("karim@example.org", "ar", "كريم حداد");
    const sender = new MailSender(desk.writer, smtpTransport(smtp.url, FROM), SETTINGS, undefined, desk.clock);
    expect(await sender.pass()).toBe(1);
    await sender.stop();

    const [mail] = smtp.received;
    expect(mail?.from?.text).toBe('"Rapporteur" <secretariat@ipu.example.org>');
    expect(mail?.to && "text" in mail.to ? mail.to.text : null).toBe("karim@example.org");
    expect(mail?.subject).toBe("دعوتك إلى الجمعية الـ 143");
    expect(mail?.text).toContain("السيد/السيدة كريم حداد المحترم/المحترمة،");
    expect(mail?.text).toContain(LINK);
    expect(mail?.html).toContain('<body dir="rtl" lang="ar"');
    expect(mail?.html).toContain(`href="${LINK}"`);
    expect(mail?.messageId).toMatch(/@rapporteur\.mail>$/);

    const row = await desk.store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect([row.state, Number(row.attempts), row.secrets]).toEqual(["sent", 1, null]);
    expect(row.text).not.toContain("secret-token-of-karim");
    expect(row.text).toContain("كريم حداد");
  });

  it("keeps mail queued through an outage and delivers each one once when the server is back, attempts recorded", async () => {
    const port = await freePort();
    const since = await lastPosition(desk.store.db);
    const sender = new MailSender(desk.writer, smtpTransport(`smtp://127.0.0.1:${port}`, FROM), SETTINGS, undefined, desk.clock);
    for (const [i, who] of ["ana", "karim", "lina"].entries()) await queue(`${who}@example.org`, i === 1 ? "ar" : "en", who);

    expect(await sender.pass()).toBe(3);
    const failed = await desk.store.db.selectFrom("outbox").select(["state", "attempts", "last_error"]).execute();
    expect(failed.map((r) => [r.state, Number(r.attempts)])).toEqual([
      ["queued", 1],
      ["queued", 1],
      ["queued", 1],
    ]);
    expect(failed.every((r) => /ECONNREFUSED|connect/i.test(r.last_error ?? ""))).toBe(true);
    expect(await sender.pass()).toBe(0);

    smtp = await startTestSmtp(port);
    desk.time.at += 29_000;
    expect(await sender.pass()).toBe(0);
    desk.time.at += 1_000;
    expect(await sender.pass()).toBe(3);
    desk.time.at += 3_600_000;
    expect(await sender.pass()).toBe(0);
    await sender.stop();

    expect(smtp.received.map((m) => (m.to && "text" in m.to ? m.to.text : "")).sort()).toEqual([
      "ana@example.org",
      "karim@example.org",
      "lina@example.org",
    ]);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(3);
    const rows = await desk.store.db.selectFrom("outbox").select(["state", "attempts", "last_error"]).execute();
    expect(rows.map((r) => [r.state, Number(r.attempts), r.last_error])).toEqual([
      ["sent", 2, null],
      ["sent", 2, null],
      ["sent", 2, null],
    ]);
    const events = await desk.store.db
      .selectFrom("events")
      .select(["type", "payload"])
      .where("type", "like", "mail.%")
      .where("position", ">", since)
      .orderBy("position")
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      ...Array(3).fill("mail.queued"),
      ...Array(3).fill("mail.failed"),
      ...Array(3).fill("mail.sent"),
    ]);
    expect(JSON.parse(events[3]!.payload)).toMatchObject({ attempts: 1, final: false, nextAttemptAt: "2026-12-01T09:00:30.000Z" });
    expect(JSON.parse(events[8]!.payload)).toEqual({ via: "smtp", attempts: 2 });
  });

  it("sends each mail once when two instances' senders run at the same moment", async () => {
    smtp = await startTestSmtp();
    for (const who of ["ana", "bea", "carl", "dora", "emil", "fay"]) await queue(`${who}@example.org`, "en", who);
    const senders = [0, 1].map(() => new MailSender(desk.writer, smtpTransport(smtp!.url, FROM), SETTINGS, undefined, desk.clock));
    const counts = await Promise.all(senders.map((s) => s.pass()));
    await Promise.all(senders.map((s) => s.stop()));
    expect(counts[0]! + counts[1]!).toBe(6);
    expect(smtp.received).toHaveLength(6);
    expect(new Set(smtp.received.map((m) => (m.to && "text" in m.to ? m.to.text : ""))).size).toBe(6);
  });

  it("lets a mail server that never answers hold up neither the desk.writer nor a shutdown", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const sender = new MailSender(desk.writer, smtpTransport(`smtp://127.0.0.1:${port}`, FROM), SETTINGS, undefined, desk.clock);
    sender.start();
    await queue("ana@example.org", "en", "Ana");
    const started = Date.now();
    await queue("bea@example.org", "en", "Bea");
    expect(Date.now() - started).toBeLessThan(1000);
    await sender.stop(200);
    expect(Date.now() - started).toBeLessThan(2000);
    const rows = await desk.store.db.selectFrom("outbox").select(["state", "attempts"]).execute();
    expect(rows.map((r) => [r.state, Number(r.attempts)])).toEqual([
      ["queued", 0],
      ["queued", 0],
    ]);
    silent.close();
  });

  it("gives a mail up after the last attempt, leaving it for the secretariat", async () => {
    const port = await freePort();
    const sender = new MailSender(
      desk.writer,
      smtpTransport(`smtp://127.0.0.1:${port}`, FROM),
      { ...SETTINGS, maxAttempts: 2 },
      undefined,
      desk.clock,
    );
    await queue("ana@example.org", "en", "Ana");
    expect(await sender.pass()).toBe(1);
    desk.time.at += 30_000;
    expect(await sender.pass()).toBe(1);
    desk.time.at += 86_400_000;
    expect(await sender.pass()).toBe(0);
    await sender.stop();
    const row = await desk.store.db.selectFrom("outbox").select(["state", "attempts"]).executeTakeFirstOrThrow();
    expect([row.state, Number(row.attempts)]).toEqual(["failed", 2]);
  });
});

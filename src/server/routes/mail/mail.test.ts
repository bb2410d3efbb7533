import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SENDER, MailSender } from "../../../mail/sender.js";
import { startTestSmtp, type TestSmtp } from "../../../mail/test-smtp.js";
import { smtpTransport } from "../../../mail/transport.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { settableClock } from "../../../test-support/clock.js";
import { storeKinds } from "../../../test-support/stores.js";

const FROM = "Rapporteur <secretariat@ipu.example.org>";
const HEADER = "name,parliament,gender,birth year,languages,email,role,delegation";

describe.each(storeKinds())("mail from the screens on %s", (kind) => {
  let t: TestApp;
  let smtp: TestSmtp;
  const clock = settableClock();
  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await testApp(kind, { clock: () => clock.now() });
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "amina.benali@example.org", [{ role: "participant", scope: null }]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Runs the sender once, as the background one would, and returns what the SMTP server got. */
  const deliver = async () => {
    const before = smtp.received.length;
    for (let i = 0; i < 100; i++) {
      const due = await t.store.db.selectFrom("outbox").select("id").where("state", "=", "queued").execute();
      if (due.length > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const sender = new MailSender(t.writer, smtpTransport(smtp.url, FROM), DEFAULT_SENDER, undefined, () => clock.now());
    await sender.pass();
    await sender.stop();
    return smtp.received.slice(before);
  };
  const post = (url: string, payload: object, who?: { cookie: string; csrfToken: string }) =>
    t.app.inject({ method: "POST", url, payload, headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {} });
  const tokenIn = (text: string | undefined, path: string) =>
    decodeURIComponent(new RegExp(`${path}\\?token=([^\\s]+)`).exec(text ?? "")?.[1] ?? "");

  it("answers a forgotten password the same for any address, mails a one-time reset link that signs in", async () => {
    const known = await post("/api/v1/session/password-reset", { email: "Amina.Benali@example.org" });
    const unknown = await post("/api/v1/session/password-reset", { email: "nobody@example.org" });
    expect([known.statusCode, known.body]).toEqual([unknown.statusCode, unknown.body]);
    expect(known.statusCode).toBe(202);
    const elsewhere = await signIn(t, "amina.benali@example.org");

    const [mail, ...more] = await deliver();
    expect(more).toEqual([]);
    expect([mail?.subject, mail?.to && "text" in mail.to ? mail.to.text : null]).toEqual([
      "Choose a new password",
      "amina.benali@example.org",
    ]);
    expect(mail?.html).toContain('<html lang="en" dir="ltr">');
    const token = tokenIn(mail?.text, "/sign-in/reset");

    const weak = await post("/api/v1/session/password-reset/confirm", { token, password: "password1234" });
    expect([weak.statusCode, weak.json().error.details.reason]).toEqual([400, "common"]);
    const done = await post("/api/v1/session/password-reset/confirm", { token, password: "Hall Roma guiding questions 2021" });
    expect([done.statusCode, done.json().account.email]).toEqual([200, "amina.benali@example.org"]);
    expect(done.cookies.some((c) => c.name === "rapporteur_session")).toBe(true);
    expect((await post("/api/v1/session/password-reset/confirm", { token, password: "another long passphrase here" })).statusCode).toBe(
      401,
    );
    expect((await t.app.inject({ url: "/api/v1/session", headers: { cookie: elsewhere.cookie } })).json().account).toBeNull();
    await expect(signIn(t, "amina.benali@example.org")).rejects.toThrow(/401/);
    await signIn(t, "amina.benali@example.org", "Hall Roma guiding questions 2021");
  });

  it("refuses a reset link after an hour", async () => {
    await post("/api/v1/session/password-reset", { email: "amina.benali@example.org" });
    const [mail] = await deliver();
    clock.at = new Date(Date.now() + 61 * 60_000).toISOString();
    const late = await post("/api/v1/session/password-reset/confirm", {
      token: tokenIn(mail?.text, "/sign-in/reset"),
      password: "Hall Roma guiding questions 2022",
    });
    clock.at = null;
    expect(late.statusCode).toBe(401);
  });

  it("mails a sign-in link on request, in the language of the screen that asked", async () => {
    expect((await post("/api/v1/session/link/request", { email: "sec@example.org", language: "fr" })).statusCode).toBe(202);
    const [mail] = await deliver();
    expect(mail?.subject).toBe("Votre lien de connexion");
    const res = await post("/api/v1/session/link", { token: tokenIn(mail?.text, "/sign-in/link") });
    expect([res.statusCode, res.json().account.email]).toEqual([200, "sec@example.org"]);
  });

  it("mails invitations in the participant's language from the import and on a new link, and the link signs in", async () => {
    const secretariat = await signIn(t, "sec@example.org");
    const eventId = (await t.app.inject({ url: "/api/v1/events" })).json().events[0].id as string;
    const csv = [HEADER, 'Karim Haddad,Lebanon,man,,"ar, fr",karim@example.org,,', "Ana García,Spain,woman,1980,es,ana@example.org,,"].join(
      "\n",
    );
    const imported = await post(`/api/v1/setup/events/${eventId}/participants/import`, { csv, sendMail: true }, secretariat);
    expect([imported.statusCode, imported.json().mailed]).toEqual([200, 2]);
    const mails = await deliver();
    const karim = mails.find((m) => m.to && "text" in m.to && m.to.text === "karim@example.org");
    expect(karim?.subject).toMatch(/^دعوتك إلى /);
    expect(karim?.html).toContain('<body dir="rtl" lang="ar"');
    expect(karim?.text).toContain("السيد/السيدة Karim Haddad");
    expect(mails.find((m) => m.to && "text" in m.to && m.to.text === "ana@example.org")?.subject).toMatch(/^Su invitación: /);
    const res = await post("/api/v1/session/link", { token: tokenIn(karim?.text, "/sign-in/link") });
    expect([res.statusCode, res.json().account.email]).toEqual([200, "karim@example.org"]);

    const participantId = imported.json().participants.find((p: { name: string }) => p.name === "Karim Haddad").id as string;
    const again = await post(`/api/v1/setup/participants/${participantId}/invitation`, { sendMail: true }, secretariat);
    expect([again.statusCode, again.json().mailed]).toEqual([201, true]);
    const silent = await post(`/api/v1/setup/participants/${participantId}/invitation`, {}, secretariat);
    expect([silent.statusCode, silent.json().mailed]).toEqual([201, false]);
    const [reissued, ...none] = await deliver();
    expect(none).toEqual([]);
    expect(tokenIn(reissued?.text, "/sign-in/link")).toBe(
      new URL(again.json().link as string, "http://localhost").searchParams.get("token"),
    );
  });

  it("shows outgoing mail to the secretariat only", async () => {
    const secretariat = await signIn(t, "sec@example.org");
    const list = await t.app.inject({ url: "/api/v1/mail?limit=500", headers: { cookie: secretariat.cookie } });
    expect(list.statusCode).toBe(200);
    const mail = list.json().mail as { kind: string; recipient: string; state: string; attempts: number; text: string }[];
    expect(mail.filter((m) => m.kind === "password_reset").map((m) => [m.recipient, m.state, m.attempts])).toEqual([
      ["amina.benali@example.org", "sent", 1],
      ["amina.benali@example.org", "sent", 1],
    ]);
    expect(mail.every((m) => !/token=[A-Za-z0-9_-]{20,}/.test(m.text))).toBe(true);
    const amina = await signIn(t, "amina.benali@example.org", "Hall Roma guiding questions 2021");
    expect((await t.app.inject({ url: "/api/v1/mail", headers: { cookie: amina.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/api/v1/mail" })).statusCode).toBe(401);
  });
});

describe("forgot password, rate-limited", () => {
  it("refuses the requests of one address past the sign-in limit", async () => {
    const t = await testApp("sqlite", { referenceCase: false, loginRateLimit: 2 });
    const ask = () => t.app.inject({ method: "POST", url: "/api/v1/session/password-reset", payload: { email: "a@example.org" } });
    expect([(await ask()).statusCode, (await ask()).statusCode, (await ask()).statusCode]).toEqual([202, 202, 429]);
    await t.close();
  });
});

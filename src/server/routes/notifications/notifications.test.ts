import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeadlineNotices } from "../../../commands/notifications/deadline-soon.js";
import type { AccountId } from "../../../domain/ids.js";
import { MailSender } from "../../../mail/sender.js";
import { startTestSmtp } from "../../../mail/test-smtp.js";
import { smtpTransport } from "../../../mail/transport.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, onRecord, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { settableClock } from "../../../test-support/clock.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(storeKinds())("notifications on %s", (kind) => {
  const clock = settableClock();
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let draftId: string;
  let committeeId: string;
  let g1: string;
  let g2: string;
  let opId: string;
  let secretariat: Caller;
  let delegate: Caller;
  let delegateId: AccountId;

  const ok = async (who: Caller, method: "GET" | "POST" | "PUT", url: string, payload?: unknown): Promise<Json> => {
    const res = await call(who, method, url, payload);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const outbox = (accountId: AccountId) => t.store.db.selectFrom("outbox").selectAll().where("account_id", "=", accountId).execute();

  /** A delegate's amendment, submitted, then accepted by the committee's secretariat. */
  const decideDelegatesAmendment = async () => {
    const amendment = await ok(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: opId,
      text: "Calls for cooperation between parliaments and platforms;",
      language: "en",
      author: "Spain",
    });
    const submitted = await ok(delegate, "POST", `/api/v1/amendments/${amendment.id}/submission`, { version: amendment.version });
    await ok(secretariat, "POST", `/api/v1/amendments/${amendment.id}/committee-decision`, {
      version: submitted.version,
      transition: { type: "accept" },
      bodyId: committeeId,
      decision: { method: "consensus" },
    });
    return amendment;
  };

  beforeEach(async () => {
    clock.at = null;
    t = await testApp(kind, { clock: () => clock.now() });
    call = caller(t);
    const sitting = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0];
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sitting.id}` })).json();
    draftId = detail.draftResolutions[0].id;
    committeeId = detail.draftResolutions[0].committee.id;
    [g1, g2] = detail.groups.map((g: { id: string }) => g.id);
    const texts = (await t.app.inject({ url: `/api/v1/sittings/${sitting.id}/draft-texts` })).json();
    opId = texts.drafts[0].paragraphs.find((p: { label: string }) => p.label === "OP2").id;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    delegateId = await accountWith(t, "spain@example.org", [{ role: "participant", scope: null }]);
    await onRecord(t, delegateId, { parliament: "Spain" });
    await t.store.db
      .updateTable("participants")
      .set({ languages: JSON.stringify(["fr", "en"]) })
      .where("account_id", "=", delegateId)
      .execute();
    delegate = await signIn(t, "spain@example.org");
  });
  afterEach(async () => t.close());

  it("a committee decision tells the author in the app and, e-mail on by default, by a mail in their language", async () => {
    const amendment = await decideDelegatesAmendment();
    const mine = await ok(delegate, "GET", "/api/v1/me/notifications");
    expect(mine.unread).toBe(1);
    expect(mine.notifications[0]).toMatchObject({
      kind: "amendment_decided",
      subject: `amendment:${amendment.id}`,
      link: `/drafts/${draftId}`,
      params: { number: amendment.number, status: "accepted" },
      readAt: null,
    });
    const mail = await outbox(delegateId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "notice", language: "fr", recipient: "spain@example.org" });
    expect(mail[0]!.subject).toBe(`La commission s'est prononcée sur votre amendement ${amendment.number}`);
    expect(mail[0]!.text).toContain("accepté");
    expect(mail[0]!.text).toContain(`/drafts/${draftId}`);
    // The secretariat who decided is told nothing of its own decision.
    expect((await ok(secretariat, "GET", "/api/v1/me/notifications")).unread).toBe(0);

    expect(await ok(delegate, "POST", "/api/v1/me/notifications/read", {})).toEqual({ unread: 0 });
    expect((await ok(delegate, "GET", "/api/v1/me/notifications")).notifications[0].readAt).not.toBeNull();
  });

  it("the live channel brings a notice to its recipient's open pages and to nobody else; the public has no inbox", async () => {
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const mine = await TestLiveClient.connect(base, delegate!.cookie);
    const staff = await TestLiveClient.connect(base, secretariat!.cookie);
    const anonymous = await TestLiveClient.connect(base);
    try {
      for (const c of [mine, staff, anonymous]) c.send({ type: "subscribe_inbox" });
      await mine.until((m) => m.some((x) => x.type === "inbox"));
      await staff.until((m) => m.some((x) => x.type === "inbox"));
      await anonymous.until((m) => m.some((x) => x.type === "error" && x.code === "sign_in_first"));
      await decideDelegatesAmendment();
      await mine.until((m) => m.some((x) => x.event?.type === "notification.created"));
      const told = mine.messages.filter((x) => x.type === "event").map((x) => x.event!);
      expect(told).toEqual([
        expect.objectContaining({ type: "notification.created", payload: expect.objectContaining({ kind: "amendment_decided" }) }),
      ]);
      expect(staff.messages.filter((x) => x.type === "event")).toEqual([]);
    } finally {
      for (const c of [mine, staff, anonymous]) c.close();
    }
  });

  it("with e-mail off for decisions, the author is told in the app only", async () => {
    const prefs = await ok(delegate, "PUT", "/api/v1/me/notification-preferences", { kind: "amendment_decided", email: false });
    expect(prefs.preferences).toContainEqual({ kind: "amendment_decided", inApp: true, email: false });
    expect(prefs.preferences).toContainEqual({ kind: "deadline_soon", inApp: true, email: true });
    await decideDelegatesAmendment();
    expect((await ok(delegate, "GET", "/api/v1/me/notifications")).unread).toBe(1);
    expect(await outbox(delegateId)).toHaveLength(0);
  });

  it("a group's vote reaches its members, never an observer or another group's member, even one following it", async () => {
    const chair = await accountWith(t, "chair1@example.org", [{ role: "chair", scope: `group:${g1}` }]);
    const member = await accountWith(t, "member1@example.org", [{ role: "participant", scope: `group:${g1}` }]);
    const other = await accountWith(t, "member2@example.org", [{ role: "participant", scope: `group:${g2}` }]);
    const observer = await accountWith(t, "observer@example.org", [{ role: "observer", scope: null }]);
    const observerSession = await signIn(t, "observer@example.org");
    const otherSession = await signIn(t, "member2@example.org");
    // Neither may follow group 1; were the rows there (from rights since lost), they still hear nothing.
    expect((await call(observerSession, "PUT", `/api/v1/me/follows/group/${g1}`, { following: true })).statusCode).toBe(403);
    expect((await call(otherSession, "PUT", `/api/v1/me/follows/group/${g1}`, { following: true })).statusCode).toBe(403);
    for (const account of [observer, other])
      await t.store.db
        .insertInto("follows")
        .values({ account_id: account, target: "group", target_id: g1, created_at: "2021-11-26T09:00:00Z" })
        .execute();

    const rec = await ok(secretariat, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId });
    const chairSession = await signIn(t, "chair1@example.org");
    await ok(chairSession, "POST", `/api/v1/groups/${g1}/votes`, { subject: `recommendation:${rec.id}`, kind: "show_of_hands" });
    const kinds = async (accountId: AccountId) =>
      (await t.store.db.selectFrom("notifications").select("kind").where("account_id", "=", accountId).execute()).map((r) => r.kind);
    expect(await kinds(member)).toEqual(["vote_opened"]);
    expect(await kinds(chair)).toEqual([]);
    expect(await kinds(other)).toEqual([]);
    expect(await kinds(observer)).toEqual([]);
  });

  it("follows a draft and hears of its amendments; unfollows and hears nothing more", async () => {
    const followerId = await accountWith(t, "kenya@example.org", [{ role: "participant", scope: null }]);
    const follower = await signIn(t, "kenya@example.org");
    expect(await ok(follower, "GET", `/api/v1/me/follows/draft/${draftId}`)).toMatchObject({
      following: false,
      permissions: { follow: true },
    });
    expect(await ok(follower, "PUT", `/api/v1/me/follows/draft/${draftId}`, { following: true })).toMatchObject({ following: true });
    await decideDelegatesAmendment();
    const heard = await ok(follower, "GET", "/api/v1/me/notifications");
    expect(heard.notifications.map((n: Json) => [n.kind, n.params.activity])).toEqual([
      ["draft_activity", "committee.decided"],
      ["draft_activity", "amendment.submitted"],
    ]);
    expect(await outbox(followerId)).toHaveLength(0);
    await ok(follower, "PUT", `/api/v1/me/follows/draft/${draftId}`, { following: false });
    await decideDelegatesAmendment();
    expect((await ok(follower, "GET", "/api/v1/me/notifications")).notifications).toHaveLength(2);
  });

  it("tells each delegate once that the deadline is an hour away, however often the round runs or restarts", async () => {
    await ok(secretariat, "PUT", `/api/v1/drafts/${draftId}/deadline`, { local: "2021-11-27T18:00" });
    const options = { publicUrl: "https://rapporteur.example.org" };
    clock.at = "2021-11-27T15:30:00.000Z";
    expect(await new DeadlineNotices(t.writer, options).round()).toBe(0);
    clock.at = "2021-11-27T16:10:00.000Z";
    expect(await new DeadlineNotices(t.writer, options).round()).toBeGreaterThan(0);
    clock.at = "2021-11-27T16:20:00.000Z";
    // A second instance, or the same after a restart: nobody is told twice.
    expect(await new DeadlineNotices(t.writer, options).round()).toBe(0);
    const notices = await t.store.db.selectFrom("notifications").selectAll().where("account_id", "=", delegateId).execute();
    expect(notices.map((n) => n.kind)).toEqual(["deadline_soon"]);
    const mail = await outbox(delegateId);
    expect(mail.map((m) => m.subject)).toEqual(["Le délai de dépôt des amendements expire dans une heure"]);
    expect(mail[0]!.text).toContain("27 novembre 2021 18:00 (Europe/Madrid)");
    expect(mail[0]!.text).toContain(`https://rapporteur.example.org/drafts/${draftId}`);
  });

  it("a notice's mail reaches a real SMTP server, in the recipient's language", async () => {
    const smtp = await startTestSmtp();
    try {
      await decideDelegatesAmendment();
      const sender = new MailSender(t.writer, smtpTransport(smtp.url, "Rapporteur <no-reply@example.org>"));
      expect(await sender.pass()).toBe(1);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toMatchObject({ text: "spain@example.org" });
      expect(smtp.received[0]!.subject).toMatch(/^La commission s'est prononcée sur votre amendement \d+$/);
      expect(smtp.received[0]!.text).toContain("accepté");
    } finally {
      await smtp.close();
    }
  });
});

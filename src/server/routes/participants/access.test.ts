import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { MailKind } from "../../../mail/templates.js";

const pdfText = (bytes: Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), "slips-"));
  writeFileSync(join(dir, "s.pdf"), bytes);
  return execFileSync("pdftotext", ["-layout", join(dir, "s.pdf"), "-"], { encoding: "utf8" });
};

const tokenOf = (link: string) => decodeURIComponent(link.split("token=")[1] ?? "");

describe.each(storeKinds())("participants one by one, links, slips and template on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let secretariat: Caller;
  let delegate: Caller;
  let eventId: string;
  let bodyId: string;
  const person = (over: object = {}) => ({
    name: "Karim Haddad",
    parliament: "Lebanon",
    email: "karim.haddad@example.org",
    gender: "man",
    birthYear: 1975,
    languages: ["ar", "fr"],
    ...over,
  });

  beforeAll(async () => {
    t = await testApp(kind);
    call = caller(t);
    eventId = (await t.app.inject({ url: "/api/v1/events" })).json().events[0].id;
    bodyId = (await t.store.db.selectFrom("bodies").select("id").where("event_id", "=", eventId).executeTakeFirstOrThrow()).id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "delegate@example.org", [{ role: "participant", scope: null }]);
    secretariat = await signIn(t, "sec@example.org");
    delegate = await signIn(t, "delegate@example.org");
  });
  afterAll(async () => t.close());

  it("adds, edits (presiding officer), deactivates and reactivates a participant; a delegate is refused each", async () => {
    const url = `/api/v1/setup/events/${eventId}/participants`;
    expect((await call(delegate, "POST", url, person())).statusCode).toBe(403);
    expect((await call(null, "POST", url, person())).statusCode).toBe(401);
    const created = await call(secretariat, "POST", url, person());
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ name: "Karim Haddad", delegation: { name: "Lebanon" }, version: 1, active: true });
    expect((await call(secretariat, "POST", url, person({ email: "k2@example.org" }))).statusCode).toBe(409);

    const presiding = person({ roles: [{ role: "presiding_officer", scope: `body:${bodyId}` }], version: 1 });
    expect((await call(delegate, "PUT", `/api/v1/setup/participants/${p.id}`, presiding)).statusCode).toBe(403);
    const edited = await call(secretariat, "PUT", `/api/v1/setup/participants/${p.id}`, presiding);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, roles: [{ role: "presiding_officer", scope: `body:${bodyId}` }] });
    expect((await call(secretariat, "PUT", `/api/v1/setup/participants/${p.id}`, presiding)).statusCode).toBe(409);

    // Signed in by their invitation, then deactivated: the session ends and the link is refused.
    const invitation = (await call(secretariat, "POST", `/api/v1/setup/participants/${p.id}/invitation`, {})).json();
    const signedIn = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(invitation.link) } });
    expect(signedIn.json().account.roles).toEqual([{ role: "presiding_officer", scope: `body:${bodyId}` }]);
    const cookie = `rapporteur_session=${signedIn.cookies.find((c) => c.name === "rapporteur_session")?.value}`;
    const later = (await call(secretariat, "POST", `/api/v1/setup/participants/${p.id}/invitation`, {})).json();
    const active = `/api/v1/setup/participants/${p.id}/active`;
    expect((await call(delegate, "PUT", active, { version: 2, active: false })).statusCode).toBe(403);
    const off = await call(secretariat, "PUT", active, { version: 2, active: false });
    expect(off.json()).toMatchObject({ active: false, version: 3 });
    expect((await t.app.inject({ url: "/api/v1/session", headers: { cookie } })).json().account).toBeNull();
    const refused = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(later.link) } });
    expect(refused.statusCode).toBe(401);
    expect((await call(secretariat, "POST", `/api/v1/setup/participants/${p.id}/invitation`, {})).statusCode).toBe(409);
    expect((await call(secretariat, "PUT", active, { version: 3, active: true })).json()).toMatchObject({ active: true, version: 4 });
    const list = (await call(secretariat, "GET", url)).json().participants;
    expect(list.find((x: { id: string }) => x.id === p.id)).toMatchObject({ active: true, version: 4 });
  });

  it("gives a deactivated participant no way back in by a password reset, asked before or after", async () => {
    const p = (
      await call(
        secretariat,
        "POST",
        `/api/v1/setup/events/${eventId}/participants`,
        person({ name: "Rami Saad", email: "rami@example.org" }),
      )
    ).json();
    const outbox = (kind: MailKind) =>
      t.store.db.selectFrom("outbox").select("text").where("recipient", "=", "rami@example.org").where("kind", "=", kind).execute();
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await t.app.inject({ method: "POST", url: "/api/v1/session/password-reset", payload: { email: "rami@example.org" } });
    await until(async () => (await outbox("password_reset")).length === 1);
    const token = decodeURIComponent(/reset\?token=(\S+)/.exec((await outbox("password_reset"))[0]!.text)![1]!);
    expect((await call(secretariat, "PUT", `/api/v1/setup/participants/${p.id}/active`, { version: 1, active: false })).statusCode).toBe(
      200,
    );

    const confirm = await t.app.inject({
      method: "POST",
      url: "/api/v1/session/password-reset/confirm",
      payload: { token, password: "Hall Roma guiding questions 2021" },
    });
    expect(confirm.statusCode).toBe(401);
    await t.app.inject({ method: "POST", url: "/api/v1/session/link/request", payload: { email: "rami@example.org" } });
    await t.app.inject({ method: "POST", url: "/api/v1/session/link/request", payload: { email: "delegate@example.org" } });
    await until(
      async () => (await t.store.db.selectFrom("outbox").select("id").where("recipient", "=", "delegate@example.org").execute()).length > 0,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await outbox("sign_in_link")).toEqual([]);
  });

  it("re-issues a link by mail in the participant's language: the earlier link stops working, the mail waits in the outbox", async () => {
    const p = (
      await call(
        secretariat,
        "POST",
        `/api/v1/setup/events/${eventId}/participants`,
        person({ name: "Sara Nour", email: "sara@example.org" }),
      )
    ).json();
    const url = `/api/v1/setup/participants/${p.id}/invitation`;
    expect((await call(delegate, "POST", url, { sendMail: true })).statusCode).toBe(403);
    const first = (await call(secretariat, "POST", url, {})).json();
    const second = await call(secretariat, "POST", url, { sendMail: true });
    expect(second.statusCode).toBe(201);
    expect(second.json().mailed).toBe(true);
    const outbox = await t.store.db
      .selectFrom("outbox")
      .select(["kind", "language", "text"])
      .where("recipient", "=", "sara@example.org")
      .execute();
    expect(outbox.map((m) => [m.kind, m.language])).toEqual([["invitation", "ar"]]);
    expect(outbox[0]?.text).toContain(encodeURIComponent(tokenOf(second.json().link)));
    const stale = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(first.link) } });
    expect(stale.statusCode).toBe(401);
    const fresh = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(second.json().link) } });
    expect(fresh.statusCode).toBe(200);
  });

  it("exports fresh invitation links as CSV for the secretariat only", async () => {
    const url = `/api/v1/setup/events/${eventId}/invitations.csv`;
    expect((await call(delegate, "POST", url, {})).statusCode).toBe(403);
    const res = await call(secretariat, "POST", url, {});
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const [header, ...rows] = res.body.trimEnd().split("\r\n");
    expect(header).toBe("delegation,parliament,name,email,language,roles,link,expires_at");
    const karim = rows.find((r) => r.includes("Karim Haddad"))!;
    expect(karim).toMatch(
      /^Lebanon,Lebanon,Karim Haddad,karim\.haddad@example\.org,ar,presiding_officer,http:\/\/localhost:3000\/sign-in\/link\?token=/,
    );
    const link = karim.split(",")[6]!;
    expect((await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(link) } })).statusCode).toBe(200);
  });

  it("prints access slips: a page per delegation, each slip in its person's language with their role and link", async () => {
    const url = `/api/v1/setup/events/${eventId}/participants`;
    await call(secretariat, "POST", url, person({ name: "Ana García", parliament: "Spain", email: "ana@example.org", languages: ["es"] }));
    await call(
      secretariat,
      "POST",
      url,
      person({
        name: "Jane Smith",
        parliament: "Spain",
        email: "jane@example.org",
        languages: ["en"],
        roles: [{ role: "observer", scope: null }],
      }),
    );
    const slipsUrl = `/api/v1/setup/events/${eventId}/access-slips.pdf`;
    expect((await call(delegate, "POST", slipsUrl, {})).statusCode).toBe(403);
    const res = await call(secretariat, "POST", slipsUrl, {});
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const pages = pdfText(res.rawPayload)
      .split("\f")
      .filter((p) => p.trim() !== "");
    expect(pages).toHaveLength(2);
    const [lebanon, spain] = [pages.find((p) => p.includes("Karim Haddad"))!, pages.find((p) => p.includes("Ana García"))!];
    expect(lebanon).toContain("بطاقة الدخول");
    expect(lebanon).toContain("رئيس الجلسة");
    expect(spain).toContain("Ficha de acceso");
    expect(spain).toContain("Access slip");
    expect(spain).toContain("Observer");
    expect(spain).not.toContain("Karim");
    const link = /http:\/\/localhost:3000\/sign-in\/link\?token=\S+/.exec(spain.slice(spain.indexOf("Jane Smith")))![0];
    expect((await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: tokenOf(link) } })).statusCode).toBe(200);
  });

  it("offers an import template naming the accepted values, whose comment lines the import skips", async () => {
    const res = await t.app.inject({ url: "/api/v1/setup/participants/template.csv" });
    expect(res.headers["content-disposition"]).toContain("participants-template.csv");
    const lines = res.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe("name,parliament,delegation,gender,birth_year,age_band,languages,email,role");
    expect(res.body).toContain("# gender: woman | man | other | undisclosed");
    expect(res.body).toContain("# languages: en | fr | es | ar");
    expect(res.body).toContain("# role: participant | observer | bureau_member");
    const importUrl = `/api/v1/setup/events/${eventId}/participants/import`;
    expect((await call(secretariat, "POST", importUrl, { csv: res.body, dryRun: true })).statusCode).toBe(400);
    const filled = `${res.body}Mia Berg,Norway,,woman,,45-59,en,mia@example.org,\r\n`;
    const report = (await call(secretariat, "POST", importUrl, { csv: filled, dryRun: true })).json();
    expect(report).toMatchObject({ rows: 1, valid: 1, problems: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, issueSignInToken } from "../../store/accounts.js";
import { accountWith, signIn, testApp, type TestApp } from "../../test-support/app.js";
import { storeKinds } from "../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string };

describe.each(storeKinds())("changing a password on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false });
  });
  afterAll(async () => t.close());
  const change = (who: Who, payload: object) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/account/password",
      payload,
      headers: { cookie: who.cookie, "x-csrf-token": who.csrfToken },
    });
  const refusal = (res: Awaited<ReturnType<typeof change>>) => {
    const { error } = res.json() as { error: { code: string; issues: { path: string }[]; details?: { reason: string } } };
    return [res.statusCode, error.issues[0]?.path, error.details?.reason];
  };
  const whoAmI = async (who: Who) =>
    (await t.app.inject({ url: "/api/v1/session", headers: { cookie: who.cookie } })).json().account?.email ?? null;

  it("needs the current password, refuses weak ones, and signs out the other sessions only", async () => {
    await accountWith(t, "amina.benali@example.org", [{ role: "participant", scope: null }]);
    const here = await signIn(t, "amina.benali@example.org");
    const elsewhere = await signIn(t, "amina.benali@example.org");
    const strong = "Hall Roma guiding questions 2021";
    expect(refusal(await change(here, { password: strong }))).toEqual([400, "body.currentPassword", "current_password"]);
    expect(refusal(await change(here, { password: strong, currentPassword: "not it at all" }))).toEqual([
      400,
      "body.currentPassword",
      "current_password",
    ]);
    const current = "correct horse battery staple";
    expect(refusal(await change(here, { password: " ".repeat(12), currentPassword: current }))).toEqual([400, "body.password", "pattern"]);
    expect(refusal(await change(here, { password: "password1234", currentPassword: current }))).toEqual([400, "body.password", "common"]);
    expect(refusal(await change(here, { password: "aminabenali1984", currentPassword: current }))).toEqual([
      400,
      "body.password",
      "personal",
    ]);
    expect(refusal(await change(here, { password: "short", currentPassword: current }))).toEqual([400, "body.password", "too_short"]);
    expect(await whoAmI(elsewhere)).toBe("amina.benali@example.org");

    expect((await change(here, { password: strong, currentPassword: current })).statusCode).toBe(204);
    expect(await whoAmI(here)).toBe("amina.benali@example.org");
    expect(await whoAmI(elsewhere)).toBeNull();
    await expect(signIn(t, "amina.benali@example.org")).rejects.toThrow(/401/);
    await signIn(t, "amina.benali@example.org", strong);
    const events = await t.store.db.selectFrom("events").select("payload").where("type", "=", "account.password_set").execute();
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([{ otherSessionsClosed: 1 }]);
  });

  it("sets a first password without a current one, still refusing a weak one", async () => {
    const { result: token } = await t.writer.run(null, async (ctx) =>
      issueSignInToken(
        ctx,
        await createAccount(ctx, { email: "new@example.org", name: "New", roles: [{ role: "participant", scope: null }] }),
      ),
    );
    const res = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token } });
    const who = {
      cookie: `rapporteur_session=${res.cookies.find((c) => c.name === "rapporteur_session")!.value}`,
      csrfToken: res.json().csrfToken as string,
    };
    expect(refusal(await change(who, { password: "aaaaaaaaaaaaaaaa" }))).toEqual([400, "body.password", "pattern"]);
    expect((await change(who, { password: "a long enough password" })).statusCode).toBe(204);
  });

  it("lets a session opened by a one-time link set a forgotten password without the current one", async () => {
    const accountId = await accountWith(t, "pablo@example.org", [{ role: "participant", scope: null }]);
    const byPassword = await signIn(t, "pablo@example.org");
    expect(refusal(await change(byPassword, { password: "Hall Madrid agenda item five" }))).toEqual([
      400,
      "body.currentPassword",
      "current_password",
    ]);
    const { result: token } = await t.writer.run(null, (ctx) => issueSignInToken(ctx, accountId));
    const res = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token } });
    const byLink = {
      cookie: `rapporteur_session=${res.cookies.find((c) => c.name === "rapporteur_session")!.value}`,
      csrfToken: res.json().csrfToken as string,
    };
    expect((await change(byLink, { password: "Hall Madrid agenda item five" })).statusCode).toBe(204);
    expect(await whoAmI(byPassword)).toBeNull();
  });
});

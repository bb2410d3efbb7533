import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret, openSession } from "../../store/accounts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { storeKinds } from "../../test-support/stores.js";
import { signOut } from "./sign-out.js";

describe.each(storeKinds())("signing out on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false });
  });
  afterAll(async () => t.close());

  it("closes the session signed out of, keeps the account's others, and records it for the account", async () => {
    const amina = await accountWith(t, "amina@example.org", [{ role: "participant", scope: null }]);
    const here = (await t.writer.run(amina, (ctx) => openSession(ctx, amina, 14))).result;
    const elsewhere = (await t.writer.run(amina, (ctx) => openSession(ctx, amina, 14))).result;
    const { events } = await t.writer.run(amina, (ctx) => signOut(ctx, amina, hashSecret(here.secret)));
    expect(events.map((e) => [e.type, e.subject, e.scope, e.actor, e.payload])).toEqual([
      ["session.closed", `account:${amina}`, `account:${amina}`, amina, {}],
    ]);
    const open = await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", amina).execute();
    expect(open.map((s) => s.id)).toEqual([hashSecret(elsewhere.secret)]);
  });
});

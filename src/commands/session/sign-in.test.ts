import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, hashSecret } from "../../store/accounts.js";
import { readEvents } from "../../store/events.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { eventParticipant } from "../../test-support/participants.js";
import { checkPassword, openSignedInSession } from "./sign-in.js";

const PASSWORD = "correct horse battery staple";

describe.each(storeKinds())("signing in with a password on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => t.close());

  it("names the account of a matching password, and refuses alike a wrong password, an unknown address and no password set", async () => {
    const amina = await accountWith(t, "amina.benali@example.org", [{ role: "participant", scope: null }]);
    expect(await checkPassword(t.store.db, "  Amina.Benali@example.org ", PASSWORD)).toBe(amina);
    const refusals = await Promise.all([
      expectDomainError(checkPassword(t.store.db, "amina.benali@example.org", "not the password at all"), "invalid_credentials"),
      expectDomainError(checkPassword(t.store.db, "nobody@example.org", PASSWORD), "invalid_credentials"),
    ]);
    await t.writer.run(null, (ctx) => createAccount(ctx, { email: "new@example.org", name: "New", roles: [] }));
    refusals.push(await expectDomainError(checkPassword(t.store.db, "new@example.org", ""), "invalid_credentials"));
    expect(new Set(refusals.map((e) => e.message))).toEqual(new Set(["The email or password is not right"]));
  });

  it("opens a session for the account, with its view and CSRF token, and records it as the account's", async () => {
    const omar = await accountWith(t, "omar@example.org", [{ role: "participant", scope: null }]);
    const { result, events } = await t.writer.run(omar, (ctx) => openSignedInSession(ctx, omar, 14));
    expect(result.account).toEqual({ id: omar, email: "omar@example.org", name: "omar", roles: [{ role: "participant", scope: null }] });
    const session = await t.store.db
      .selectFrom("sessions")
      .selectAll()
      .where("id", "=", hashSecret(result.session.secret))
      .executeTakeFirstOrThrow();
    expect([session.account_id, session.csrf_token, session.expires_at]).toEqual([
      omar,
      result.session.csrfToken,
      result.session.expiresAt,
    ]);
    expect(Date.parse(result.session.expiresAt) - Date.parse(session.created_at)).toBe(14 * 86_400_000);
    expect(events.map((e) => [e.type, e.actor, e.scope])).toEqual([["session.opened", omar, `account:${omar}`]]);
  });

  it("refuses a deactivated participant, opening nothing", async () => {
    const leila = await eventParticipant(t);
    await leila.deactivate();
    const leilaAccount = leila.account;
    const before = (await readEvents(t.store.db, { after: 0 })).length;
    await expectDomainError(
      t.writer.run(leilaAccount, (ctx) => openSignedInSession(ctx, leilaAccount, 14)),
      "invalid_credentials",
    );
    expect(await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", leilaAccount).execute()).toEqual([]);
    expect(await readEvents(t.store.db, { after: 0 })).toHaveLength(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountId } from "../../domain/ids.js";
import { hashSecret, openSession } from "../../store/accounts.js";
import { issuePasswordReset } from "../../store/mail/password-resets.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { settableClock } from "../../test-support/clock.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { eventParticipant } from "../../test-support/participants.js";
import { verifyPassword } from "./passwords.js";
import { resetPassword } from "./reset-password.js";

const STRONG = "Hall Roma guiding questions 2021";
const NOT_VALID = "This reset link is not valid any more: ask for a new one";

describe.each(storeKinds())("resetting a forgotten password on %s", (kind) => {
  let t: TestApp;
  const clock = settableClock();
  beforeAll(async () => {
    t = await testApp(kind, { clock: () => clock.now() });
  });
  afterAll(async () => t.close());

  const reset = (secret: string, password: string) => t.writer.run(null, (ctx) => resetPassword(ctx, secret, password, 14));
  const askReset = async (accountId: AccountId) => (await t.writer.run(null, (ctx) => issuePasswordReset(ctx, accountId))).result;
  const sessionsOf = async (accountId: AccountId) =>
    (await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", accountId).execute()).map((s) => s.id);

  it("refuses a weak password and keeps the link, then sets a strong one, signs out every session and opens one", async () => {
    clock.at = null;
    const amina = await accountWith(t, "amina.benali@example.org", [{ role: "participant", scope: null }]);
    await t.writer.run(amina, (ctx) => openSession(ctx, amina, 14));
    await t.writer.run(amina, (ctx) => openSession(ctx, amina, 14));
    const secret = await askReset(amina);

    const weak = await expectDomainError(reset(secret, "password1234"), "validation_failed");
    expect([weak.message, weak.issues, weak.details]).toEqual([
      "Choose a stronger password",
      [{ path: "body.password", message: "common" }],
      { reason: "common" },
    ]);
    expect(await sessionsOf(amina)).toHaveLength(2);

    const { result, events } = await reset(secret, STRONG);
    expect(result.account?.email).toBe("amina.benali@example.org");
    expect(await sessionsOf(amina)).toEqual([hashSecret(result.session.secret)]);
    const { password_hash } = await t.store.db
      .selectFrom("accounts")
      .select("password_hash")
      .where("id", "=", amina)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(password_hash, STRONG)).toBe(true);
    expect(events.map((e) => [e.type, e.scope, e.actor, e.payload])).toEqual([
      ["account.password_reset", `account:${amina}`, null, { sessionsClosed: 2 }],
      ["session.opened", `account:${amina}`, null, { expiresAt: result.session.expiresAt }],
    ]);

    const again = await expectDomainError(reset(secret, "another long passphrase here"), "invalid_credentials");
    expect(again.message).toBe(NOT_VALID);
  });

  it("refuses a link after its hour", async () => {
    clock.at = "2026-03-14T08:00:00.000Z";
    const omar = await accountWith(t, "omar@example.org", [{ role: "participant", scope: null }]);
    const secret = await askReset(omar);
    clock.at = "2026-03-14T09:00:00.000Z";
    expect((await expectDomainError(reset(secret, STRONG), "invalid_credentials")).message).toBe(NOT_VALID);
    expect(await sessionsOf(omar)).toEqual([]);
  });

  it("refuses the link of a participant deactivated since it was sent", async () => {
    clock.at = null;
    const leila = await eventParticipant(t);
    const account = leila.account;
    const secret = await askReset(account);
    await leila.deactivate();
    expect((await expectDomainError(reset(secret, STRONG), "invalid_credentials")).message).toBe(NOT_VALID);
    const { password_hash } = await t.store.db
      .selectFrom("accounts")
      .select("password_hash")
      .where("id", "=", account)
      .executeTakeFirstOrThrow();
    expect(password_hash).toBeNull();
  });
});

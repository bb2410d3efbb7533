import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountId } from "../../domain/ids.js";
import { createAccount, hashSecret, issueSignInToken, openSession } from "../../store/accounts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { settableClock } from "../../test-support/clock.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { changePassword } from "./change-password.js";
import { verifyPassword } from "./passwords.js";
import { findSignInLink, redeemSignInLink } from "./sign-in-link.js";

const CURRENT = "correct horse battery staple";
const STRONG = "Hall Roma guiding questions 2021";

describe.each(storeKinds())("changing one's password on %s", (kind) => {
  let t: TestApp;
  const clock = settableClock();
  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false, clock: () => clock.now() });
  });
  afterAll(async () => t.close());

  const change = (accountId: AccountId, sessionId: string, input: { password: string; currentPassword?: string }) =>
    t.writer.run(accountId, (ctx) => changePassword(ctx, accountId, sessionId, input));
  const byPassword = async (accountId: AccountId) =>
    hashSecret((await t.writer.run(accountId, (ctx) => openSession(ctx, accountId, 14))).result.secret);
  const byLink = async (accountId: AccountId) => {
    const { result: secret } = await t.writer.run(null, (ctx) => issueSignInToken(ctx, accountId));
    const link = await findSignInLink(t.store.db, secret, clock.now().toISOString());
    return hashSecret((await t.writer.run(accountId, (ctx) => redeemSignInLink(ctx, link, 14))).result.session.secret);
  };
  const hashOf = async (accountId: AccountId) =>
    (await t.store.db.selectFrom("accounts").select("password_hash").where("id", "=", accountId).executeTakeFirstOrThrow()).password_hash;
  const sessionsOf = async (accountId: AccountId) =>
    (await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", accountId).execute()).map((s) => s.id);
  const refusal = async (promise: Promise<unknown>) => {
    const e = await expectDomainError(promise, "validation_failed");
    return [e.message, e.issues, e.details];
  };

  it("needs the current password, refuses a weak one with its reason, and signs out the other sessions only", async () => {
    clock.at = null;
    const amina = await accountWith(t, "amina.benali@example.org", [{ role: "participant", scope: null }]);
    const here = await byPassword(amina);
    const elsewhere = await byPassword(amina);
    expect(await refusal(change(amina, here, { password: STRONG }))).toEqual([
      "Give your current password to change it",
      [{ path: "body.currentPassword", message: "is required to change a password" }],
      { reason: "current_password" },
    ]);
    expect(await refusal(change(amina, here, { password: STRONG, currentPassword: "not it at all" }))).toEqual([
      "Give your current password to change it",
      [{ path: "body.currentPassword", message: "is not your current password" }],
      { reason: "current_password" },
    ]);
    expect(await refusal(change(amina, here, { password: "aminabenali1984", currentPassword: CURRENT }))).toEqual([
      "This password is built from your own name or e-mail",
      [{ path: "body.password", message: "This password is built from your own name or e-mail" }],
      { reason: "personal" },
    ]);
    expect(await refusal(change(amina, here, { password: "short", currentPassword: CURRENT }))).toEqual([
      "Use at least 12 characters",
      [{ path: "body.password", message: "Use at least 12 characters" }],
      { reason: "too_short" },
    ]);
    expect(await verifyPassword(await hashOf(amina), CURRENT)).toBe(true);
    expect((await sessionsOf(amina)).sort()).toEqual([here, elsewhere].sort());

    const { events } = await change(amina, here, { password: STRONG, currentPassword: CURRENT });
    expect(await verifyPassword(await hashOf(amina), STRONG)).toBe(true);
    expect(await sessionsOf(amina)).toEqual([here]);
    expect(events.map((e) => [e.type, e.scope, e.actor, e.payload])).toEqual([
      ["account.password_set", `account:${amina}`, amina, { otherSessionsClosed: 1 }],
    ]);
  });

  it("sets a first password without a current one, still refusing a weak one", async () => {
    clock.at = null;
    const { result: fresh } = await t.writer.run(null, (ctx) => createAccount(ctx, { email: "new@example.org", name: "New", roles: [] }));
    const session = await byPassword(fresh);
    expect((await refusal(change(fresh, session, { password: "aaaaaaaaaaaaaaaa" })))[2]).toEqual({ reason: "pattern" });
    await change(fresh, session, { password: "a long enough password" });
    expect(await verifyPassword(await hashOf(fresh), "a long enough password")).toBe(true);
  });

  it("lets a session opened by a one-time link set a forgotten password within the hour, not after", async () => {
    clock.at = "2026-03-14T08:00:00.000Z";
    const pablo = await accountWith(t, "pablo@example.org", [{ role: "participant", scope: null }]);
    const password = await byPassword(pablo);
    expect((await refusal(change(pablo, password, { password: STRONG })))[2]).toEqual({ reason: "current_password" });
    const link = await byLink(pablo);
    clock.at = "2026-03-14T09:00:01.000Z";
    expect((await refusal(change(pablo, link, { password: STRONG })))[2]).toEqual({ reason: "current_password" });
    clock.at = "2026-03-14T08:59:59.000Z";
    await change(pablo, link, { password: STRONG });
    expect(await verifyPassword(await hashOf(pablo), STRONG)).toBe(true);
    expect(await sessionsOf(pablo)).toEqual([link]);
  });
});

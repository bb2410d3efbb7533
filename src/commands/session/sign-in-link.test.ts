import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret, issueSignInToken } from "../../store/accounts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { settableClock } from "../../test-support/clock.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { findSignInLink, redeemSignInLink } from "./sign-in-link.js";

describe.each(storeKinds())("signing in with a one-time link on %s", (kind) => {
  let t: TestApp;
  const clock = settableClock();
  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false, clock: () => clock.now() });
  });
  afterAll(async () => t.close());

  const issue = async (email: string, hours = 24) => {
    const accountId = await accountWith(t, email, [{ role: "participant", scope: null }]);
    const { result: secret } = await t.writer.run(null, (ctx) => issueSignInToken(ctx, accountId, hours));
    return { accountId, secret };
  };

  it("is found until it expires, and never for an unknown secret", async () => {
    clock.at = "2026-03-14T08:00:00.000Z";
    const { accountId, secret } = await issue("amina@example.org", 1);
    expect(await findSignInLink(t.store.db, secret, "2026-03-14T08:59:59.999Z")).toEqual({ id: hashSecret(secret), accountId });
    const late = await expectDomainError(findSignInLink(t.store.db, secret, "2026-03-14T09:00:00.000Z"), "invalid_credentials");
    expect(late.message).toBe("The email or password is not right");
    await expectDomainError(findSignInLink(t.store.db, "not a secret anyone was given", "2026-03-14T08:00:00.000Z"), "invalid_credentials");
  });

  it("opens a session as the link's account, used once: the link is spent at the session's opening, a second use refused", async () => {
    clock.at = "2026-03-14T10:00:00.000Z";
    const { accountId, secret } = await issue("omar@example.org");
    const link = await findSignInLink(t.store.db, secret, clock.at);
    const sameMoment = await findSignInLink(t.store.db, secret, clock.at);
    clock.at = "2026-03-14T10:00:05.000Z";
    const { result, events } = await t.writer.run(link.accountId, (ctx) => redeemSignInLink(ctx, link, 14));
    expect(result.account?.email).toBe("omar@example.org");
    expect(events.map((e) => [e.type, e.actor])).toEqual([["session.opened", accountId]]);
    const token = await t.store.db.selectFrom("sign_in_tokens").select("used_at").where("id", "=", link.id).executeTakeFirstOrThrow();
    const session = await t.store.db
      .selectFrom("sessions")
      .select("created_at")
      .where("id", "=", hashSecret(result.session.secret))
      .executeTakeFirstOrThrow();
    expect([token.used_at, session.created_at]).toEqual([clock.at, clock.at]);

    await expectDomainError(findSignInLink(t.store.db, secret, clock.at), "invalid_credentials");
    await expectDomainError(
      t.writer.run(sameMoment.accountId, (ctx) => redeemSignInLink(ctx, sameMoment, 14)),
      "invalid_credentials",
    );
    expect(await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", accountId).execute()).toHaveLength(1);
  });
});

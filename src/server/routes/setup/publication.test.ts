import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountId } from "../../../domain/ids.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case's information note, published: withdrawing it takes it off the public pages and is recorded. */
describe.each(storeKinds())("withdrawing from publication and publishing again on %s", (kind) => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof signIn>>;
  let accountId: AccountId;
  beforeAll(async () => {
    t = await testApp(kind);
    accountId = await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
    staff = await signIn(t, "admin@rapporteur.local");
  });
  afterAll(async () => t.close());

  it("asks why, records who withdrew it and why, and records publishing it again", async () => {
    const call = caller(t);
    const doc = await t.store.db
      .selectFrom("documents")
      .select(["id", "version", "published"])
      .where("symbol", "=", "FEM/32/5.Inf-1")
      .executeTakeFirstOrThrow();
    expect(doc.published).toBe(1);
    const url = `/api/v1/setup/documents/${doc.id}/published`;
    const silent = await call(staff, "PUT", url, { version: doc.version, published: false });
    expect(silent.statusCode).toBe(400);
    expect((silent.json() as Json).error.issues[0].path).toBe("body.reason");

    const withdrawn = await call(staff, "PUT", url, { version: doc.version, published: false, reason: "The date of the sitting is wrong" });
    expect(withdrawn.statusCode).toBe(200);
    const again = await call(staff, "PUT", url, { version: doc.version + 1, published: true, reason: "Date corrected" });
    expect((again.json() as Json).published).toBe(true);

    const events = await t.store.db
      .selectFrom("events")
      .select(["type", "actor", "payload"])
      .where("subject", "=", `document:${doc.id}`)
      .orderBy("position")
      .execute();
    expect(events.slice(-2).map((e) => [e.type, e.actor, (JSON.parse(e.payload) as Json).reason])).toEqual([
      ["document.unpublished", accountId, "The date of the sitting is wrong"],
      ["document.published", accountId, "Date corrected"],
    ]);
  });
});

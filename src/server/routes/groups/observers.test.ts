import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import type { AccountId, SittingId } from "../../../domain/ids.js";

/** Observers are participants of the event on record, yet they only watch. */
describe.each(storeKinds())("observers on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: string;
  let sittingId: SittingId;
  let secretariat: Caller;
  let observer: { accountId: AccountId; session: Caller };

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    g1 = ref.g1.id;
    sittingId = ref.sittingId;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    observer = await participant(t, "watcher@example.org", { gender: "woman" }, [{ role: "observer", scope: null }]);
  });
  afterAll(async () => t.close());

  it("cannot join a group, nor be assigned to one", async () => {
    expect((await call(observer.session, "POST", `/api/v1/groups/${g1}/members`, {})).statusCode).toBe(403);
    expect((await call(secretariat, "POST", `/api/v1/groups/${g1}/members`, { accountId: observer.accountId })).statusCode).toBe(403);
    const roles = await t.store.db.selectFrom("role_assignments").select("role").where("account_id", "=", observer.accountId).execute();
    expect(roles.map((r) => r.role)).toEqual(["observer"]);
  });

  it("cannot ask for the floor in plenary", async () => {
    const ask = await call(observer.session, "POST", `/api/v1/sittings/${sittingId}/plenary/speakers/commands`, {
      command: { type: "request_floor" },
    });
    expect(ask.statusCode).toBe(403);
  });

  it("listed in a group all the same, still cannot ask for the floor or contribute", async () => {
    await t.store.db
      .insertInto("role_assignments")
      .values({
        id: randomUUID(),
        account_id: observer.accountId,
        role: "participant",
        scope: `group:${g1}`,
        created_at: new Date().toISOString(),
      })
      .execute();
    const ask = await call(observer.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { command: { type: "request_floor" } });
    expect(ask.statusCode).toBe(403);
    expect((await call(observer.session, "POST", `/api/v1/groups/${g1}/contributions`, { text: "A view" })).statusCode).toBe(403);
  });
});

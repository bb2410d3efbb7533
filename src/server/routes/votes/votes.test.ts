import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("a group's votes on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let secretariat: Caller;
  let delegate: Caller;
  let groupId: string;
  let sittingId: SittingId;

  beforeEach(async () => {
    t = await testApp(kind);
    call = caller(t);
    const group = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").executeTakeFirstOrThrow();
    groupId = group.id;
    sittingId = group.sitting_id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "delegate@example.org", [{ role: "participant", scope: `group:${groupId}` }]);
    secretariat = await signIn(t, "sec@example.org");
    delegate = await signIn(t, "delegate@example.org");
  });
  afterEach(async () => t.close());

  it("tells the secretariat, not a delegate, that it may download the sitting's votes, and the download agrees", async () => {
    const staff = await call(secretariat, "GET", `/api/v1/groups/${groupId}/votes`);
    expect(staff.json()).toMatchObject({ sittingId, votes: [], permissions: { export: true } });
    const member = await call(delegate, "GET", `/api/v1/groups/${groupId}/votes`);
    expect(member.json()).toMatchObject({ sittingId, permissions: { export: false } });

    const file = await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/votes/export?format=csv&lang=ar`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toContain("attachment");
    expect((await call(delegate, "GET", `/api/v1/sittings/${sittingId}/votes/export?format=csv&lang=ar`)).statusCode).toBe(403);
  });
});

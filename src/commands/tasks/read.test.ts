import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../../domain/authorization.js";
import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { readTasks } from "./read.js";

describe.each(storeKinds())("the start page's tasks and the sittings they follow, on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  let groupId: DiscussionGroupId;
  const now = "2026-03-14T08:00:00.000Z";
  beforeAll(async () => {
    t = await testApp(kind);
    const group = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("id").executeTakeFirstOrThrow();
    sittingId = group.sitting_id;
    groupId = group.id;
  });
  afterAll(async () => t.close());

  const delegate = async (email: string, roles: Principal["roles"]): Promise<Principal> => {
    const accountId = await accountWith(t, email, [...roles]);
    await onRecord(t, accountId);
    return { accountId, roles: [...roles] };
  };

  it("gives a delegate in no group the sitting to choose one in, and follows that sitting", async () => {
    const amina = await delegate("amina@example.org", []);
    const { tasks, sittings } = await readTasks(t.store.db, amina, now);
    expect(tasks).toContainEqual(expect.objectContaining({ kind: "choose_group", subject: `sitting:${sittingId}`, groupId: null }));
    expect(sittings).toEqual([sittingId]);
  });

  it("follows the sitting of a rapporteur's group and its draft, once", async () => {
    const rapporteur = await delegate("rapporteur@example.org", [{ role: "rapporteur", scope: `group:${groupId}` }]);
    const { tasks, sittings } = await readTasks(t.store.db, rapporteur, now);
    const finish = tasks.find((x) => x.kind === "finish_recommendation");
    expect([finish?.groupId, finish?.draftId]).toEqual([groupId, expect.any(String)]);
    expect(sittings).toEqual([sittingId]);
  });

  it("gives an observer and the public no tasks and no sittings", async () => {
    const watcher = await delegate("watcher@example.org", [{ role: "observer", scope: null }]);
    expect(await readTasks(t.store.db, watcher, now)).toEqual({ tasks: [], sittings: [] });
    expect(await readTasks(t.store.db, PUBLIC, now)).toEqual({ tasks: [], sittings: [] });
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal, RoleAssignment } from "../../domain/authorization.js";
import { loadGroupFloor, loadPlenaryFloor, type Floor } from "../../store/group-work/floor.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { runSpeakersCommand } from "./run.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

describe.each(storeKinds())("speakers list command on %s", (kind) => {
  let t: TestApp;
  let group: Floor;
  let plenary: Floor;
  const person = async (email: string, roles: RoleAssignment[], onRecordToo = true): Promise<Principal> => {
    const accountId = await accountWith(t, email, roles);
    if (onRecordToo) await onRecord(t, accountId, { name: email.split("@")[0]! });
    return { accountId, roles };
  };
  const run = (p: Principal, command: Parameters<typeof runSpeakersCommand>[3]["command"], floor = group, version?: number) =>
    t.writer.run(p.accountId, (ctx) => runSpeakersCommand(ctx, p, floor, { command, version }));

  beforeEach(async () => {
    t = await testApp(kind);
    const g = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").executeTakeFirstOrThrow();
    group = await loadGroupFloor(t.store.db, SECRETARIAT, g.id);
    plenary = await loadPlenaryFloor(t.store.db, SECRETARIAT, g.sitting_id);
  });
  afterEach(async () => t.close());

  it("lets a member ask for the floor and the chair call them, records one event each, and refuses the others", async () => {
    const member = await person("member@example.org", [{ role: "participant", scope: `group:${group.groupId}` }]);
    const chair = await person("chair@example.org", [{ role: "chair", scope: `group:${group.groupId}` }]);
    const outsider = await person("outsider@example.org", [{ role: "participant", scope: "group:elsewhere" }]);
    const asked = await run(member, { type: "request_floor", remote: false, pointOfOrder: false });
    expect(asked.events.map((e) => e.type)).toEqual(["speakers_list.floor_requested"]);
    expect(asked.result.list.queue.map((r) => r.speaker.accountId)).toEqual([member.accountId]);
    await expectDomainError(run(outsider, { type: "request_floor", remote: false, pointOfOrder: false }), "forbidden");
    await expectDomainError(run(member, { type: "call_next" }), "forbidden");
    await expectDomainError(run(chair, { type: "call_next" }, group, 0), "stale_version");
    const called = await run(chair, { type: "call_next" }, group, 1);
    expect(called.result.list.speaking?.speaker.accountId).toBe(member.accountId);
    expect(called.events.map((e) => e.type)).toEqual(["speakers_list.next_called"]);
  });

  it("lets only the event's participants ask for the plenary floor, and only the presiding officer run it", async () => {
    const delegate = await person("delegate@example.org", [{ role: "participant", scope: null }]);
    const unrecorded = await person("unrecorded@example.org", [{ role: "participant", scope: null }], false);
    const presiding = await person("presiding@example.org", [{ role: "presiding_officer", scope: `body:${plenary.bodyId}` }]);
    await expectDomainError(run(unrecorded, { type: "request_floor", remote: false, pointOfOrder: false }, plenary), "forbidden");
    await run(delegate, { type: "request_floor", remote: false, pointOfOrder: false }, plenary);
    await expectDomainError(run(delegate, { type: "call_next" }, plenary), "forbidden");
    const { result } = await run(presiding, { type: "call_next" }, plenary);
    expect(result.list.speaking?.speaker.accountId).toBe(delegate.accountId);
  });
});

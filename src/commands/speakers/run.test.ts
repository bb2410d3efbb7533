import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal, RoleAssignment } from "../../domain/authorization.js";
import { type Floor } from "../../store/group-work/floor.js";
import { loadGroupFloor, loadPlenaryFloor } from "../groups/floor.js";
import { readList } from "../../store/group-work/lists.js";
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

  it("lets the chair add a member on their behalf, even to a closed list, and refuses people outside the group", async () => {
    const member = await person("member@example.org", [{ role: "participant", scope: `group:${group.groupId}` }]);
    const late = await person("late@example.org", [{ role: "participant", scope: `group:${group.groupId}` }]);
    const chair = await person("chair@example.org", [{ role: "chair", scope: `group:${group.groupId}` }]);
    const outsider = await person("outsider@example.org", [{ role: "participant", scope: "group:elsewhere" }]);
    const closed = await run(chair, { type: "close_list" }, group, 0);
    expect(closed.events.map((e) => e.type)).toEqual(["speakers_list.closed"]);
    await expectDomainError(run(late, { type: "request_floor", remote: false, pointOfOrder: false }), "invalid_transition");
    const add = { type: "add_speaker" as const, accountId: member.accountId!, kind: "floor" as const, remote: true };
    await expectDomainError(run(member, add, group, 1), "forbidden");
    await expectDomainError(run(chair, { ...add, accountId: outsider.accountId! }, group, 1), "validation_failed");
    const added = await run(chair, add, group, 1);
    // The member added on their behalf is first in the queue, and told they are next to speak.
    expect(added.events.map((e) => e.type)).toEqual(["speakers_list.speaker_added", "notification.created"]);
    expect(added.events[1]).toMatchObject({ scope: `account:${member.accountId}`, payload: { kind: "next_to_speak" } });
    expect(added.result.list.queue).toMatchObject([{ speaker: { accountId: member.accountId }, remote: true, addedBy: chair.accountId }]);
    const point = await run(member, { type: "request_floor", remote: true, pointOfOrder: true });
    expect(point.result.list.queue.map((r) => r.kind)).toEqual(["floor", "point_of_order"]);
  });

  it("records a skipped speaker as absent the second time, a reply with the turn it answers, and re-adds a finished speaker", async () => {
    const amina = await person("amina@example.org", [{ role: "participant", scope: `group:${group.groupId}` }]);
    const bruno = await person("bruno@example.org", [{ role: "participant", scope: `group:${group.groupId}` }]);
    const chair = await person("chair@example.org", [{ role: "chair", scope: `group:${group.groupId}` }]);
    await run(amina, { type: "request_floor", remote: false, pointOfOrder: false });
    let v = (await run(bruno, { type: "request_floor", remote: true, pointOfOrder: false })).result.list.version;
    v = (await run(chair, { type: "call_next" }, group, v)).result.list.version;
    const aminaTurn = (await readList(t.store.db, group)).list.speaking!.id;
    await expectDomainError(run(bruno, { type: "request_floor", remote: true, pointOfOrder: false, kind: "reply" }), "validation_failed");
    v = (await run(bruno, { type: "request_floor", remote: true, pointOfOrder: false, kind: "reply", replyTo: aminaTurn })).result.list
      .version;
    v = (await run(chair, { type: "call_next" }, group, v)).result.list.version;
    v = (await run(chair, { type: "end_turn" }, group, v)).result.list.version;
    const brunoFloor = (await readList(t.store.db, group)).list.queue[0]!.id;
    v = (await run(chair, { type: "skip", requestId: brunoFloor }, group, v)).result.list.version;
    v = (await run(chair, { type: "skip", requestId: brunoFloor }, group, v)).result.list.version;
    const rows = await t.store.db
      .selectFrom("speaker_requests")
      .selectAll()
      .where("group_id", "=", group.groupId)
      .orderBy("ended_at")
      .execute();
    expect(rows.map((r) => [r.kind, r.status, r.remote, r.reply_to && JSON.parse(r.reply_to).requestId])).toEqual([
      ["floor", "spoke", 0, null],
      ["reply", "spoke", 1, aminaTurn],
      ["floor", "absent", 1, null],
    ]);
    await expectDomainError(run(chair, { type: "readd", requestId: brunoFloor }, group, v), "invalid_transition");
    await expectDomainError(run(chair, { type: "readd", requestId: "no-such-turn" }, group, v), "validation_failed");
    const readded = await run(chair, { type: "readd", requestId: aminaTurn }, group, v);
    expect(readded.result.list.queue).toMatchObject([{ speaker: { accountId: amina.accountId }, kind: "floor", addedBy: chair.accountId }]);
    const marked = await run(chair, { type: "mark_spoken", requestId: readded.result.list.queue[0]!.id }, group, v + 1);
    expect(marked.events.map((e) => e.type)).toEqual(["speakers_list.marked_spoken"]);
    const last = await t.store.db
      .selectFrom("speaker_requests")
      .selectAll()
      .where("id", "=", readded.result.list.queue[0]!.id)
      .executeTakeFirstOrThrow();
    expect([last.status, last.added_by]).toEqual(["spoke", chair.accountId]);
  });

  it("keeps each delegation's time against the plenary's quota and refuses a delegation without time left", async () => {
    const delegate = await person("delegate@example.org", [{ role: "participant", scope: null }]);
    const presiding = await person("presiding@example.org", [{ role: "presiding_officer", scope: `body:${plenary.bodyId}` }]);
    const quota = await run(presiding, { type: "set_delegation_quota", seconds: 1, reset: false }, plenary, 0);
    expect(quota.result.list.delegationQuotaSeconds).toBe(1);
    await run(delegate, { type: "request_floor", remote: false, pointOfOrder: false }, plenary);
    const called = await run(presiding, { type: "call_next" }, plenary, 2);
    expect(called.result.list.speaking?.timeLimitSeconds).toBe(1);
    // The turn ends two seconds later on the record's clock: the delegation has spent its quota.
    const ended = await t.writer.run(presiding.accountId, (ctx) =>
      runSpeakersCommand(
        { ...ctx, now: new Date(Date.parse(called.result.list.speaking!.startedAt!) + 2000).toISOString() },
        presiding,
        plenary,
        { command: { type: "end_turn" }, version: 3 },
      ),
    );
    expect(Object.values(ended.result.list.usedSeconds)).toEqual([2]);
    await expectDomainError(run(delegate, { type: "request_floor", remote: false, pointOfOrder: false }, plenary), "invalid_transition");
    await run(delegate, { type: "request_floor", remote: false, pointOfOrder: true }, plenary);
  });
});

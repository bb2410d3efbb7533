import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { caller, participant, referenceApp, setCapacity, type Caller } from "../../../test-support/factories.js";
import type { AccountId, DiscussionGroupId, SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("discussion group membership on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: DiscussionGroupId;
  let g2: string;
  let sittingId: SittingId;
  let secretariat: Caller;
  let amina: { accountId: AccountId; session: Caller };
  let bruno: { accountId: AccountId; session: Caller };
  let carmen: { accountId: AccountId; session: Caller };

  const rolesOf = (accountId: AccountId) =>
    t.store.db.selectFrom("role_assignments").select(["role", "scope"]).where("account_id", "=", accountId).execute();
  const eventCount = async () => (await t.store.db.selectFrom("events").select("position").execute()).length;

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    g1 = ref.g1.id;
    g2 = ref.g2.id;
    sittingId = ref.sittingId;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    amina = await participant(t, "amina@example.org", { gender: "woman" });
    bruno = await participant(t, "bruno@example.org", { gender: "man" });
    carmen = await participant(t, "carmen@example.org", { gender: "woman" });
  });
  afterAll(async () => t.close());

  it("lets a participant choose a group, then move, one group at a time, with the moves recorded", async () => {
    const joined = await call(amina.session, "POST", `/api/v1/groups/${g1}/members`, {});
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toEqual({ groupId: g1, from: null, members: 1 });
    const moved = await call(amina.session, "POST", `/api/v1/groups/${g2}/members`, {});
    expect(moved.json()).toEqual({ groupId: g2, from: g1, members: 1 });
    expect(await rolesOf(amina.accountId)).toEqual([{ role: "participant", scope: `group:${g2}` }]);
    const history = (await call(secretariat, "GET", `/api/v1/groups/${g1}/members/history`)).json().history;
    expect(history).toMatchObject([{ accountId: amina.accountId, joinedHow: "chose", leftHow: "moved" }]);
    const events = await t.store.db
      .selectFrom("events")
      .select(["type", "scope", "sitting_id"])
      .where("type", "in", ["discussion_group.member_joined", "discussion_group.member_left", "membership.changed"])
      .orderBy("position")
      .execute();
    expect(events.map((e) => [e.type, e.scope])).toEqual([
      ["discussion_group.member_joined", `group:${g1}`],
      ["membership.changed", `account:${amina.accountId}`],
      ["discussion_group.member_left", `group:${g1}`],
      ["discussion_group.member_joined", `group:${g2}`],
      ["membership.changed", `account:${amina.accountId}`],
    ]);
    expect(new Set(events.map((e) => e.sitting_id))).toEqual(new Set([sittingId]));
    const twice = await call(amina.session, "POST", `/api/v1/groups/${g2}/members`, {});
    expect(twice.statusCode).toBe(409);
  });

  it("holds the room's capacity and changes nothing when full", async () => {
    await setCapacity(t, g1, 1);
    expect((await call(bruno.session, "POST", `/api/v1/groups/${g1}/members`, {})).statusCode).toBe(200);
    const before = await eventCount();
    const full = await call(carmen.session, "POST", `/api/v1/groups/${g1}/members`, {});
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/full/),
      details: { capacity: 1, members: 1 },
    });
    expect(await rolesOf(carmen.accountId)).toEqual([]);
    expect(await eventCount()).toBe(before);
    const occupancy = (await call(null, "GET", `/api/v1/sittings/${sittingId}/groups/occupancy`)).json();
    expect(occupancy.groups.map((g: { members: number; capacity: number }) => [g.members, g.capacity])).toEqual([
      [1, 1],
      [1, 60],
    ]);
    await setCapacity(t, g1, 80);
  });

  it("lets the secretariat assign and remove people, and nobody else", async () => {
    expect((await call(bruno.session, "POST", `/api/v1/groups/${g2}/members`, { accountId: carmen.accountId })).statusCode).toBe(403);
    const assigned = await call(secretariat, "POST", `/api/v1/groups/${g2}/members`, { accountId: carmen.accountId });
    expect(assigned.json()).toEqual({ groupId: g2, from: null, members: 2 });
    expect((await call(bruno.session, "DELETE", `/api/v1/groups/${g2}/members/${carmen.accountId}`)).statusCode).toBe(403);
    expect((await call(secretariat, "DELETE", `/api/v1/groups/${g2}/members/${carmen.accountId}`)).json()).toMatchObject({
      groupId: g2,
      members: 1,
    });
    expect((await call(bruno.session, "DELETE", `/api/v1/groups/${g1}/members/${bruno.accountId}`)).statusCode).toBe(200);
    expect((await call(bruno.session, "DELETE", `/api/v1/groups/${g1}/members/${bruno.accountId}`)).statusCode).toBe(409);
    const history = (await call(secretariat, "GET", `/api/v1/groups/${g2}/members/history`)).json().history;
    expect(history.find((h: { accountId: string }) => h.accountId === carmen.accountId)).toMatchObject({
      joinedHow: "assigned",
      leftHow: "removed",
    });
    expect((await call(null, "POST", `/api/v1/groups/${g1}/members`, {})).statusCode).toBe(401);
  });

  it("refuses accounts that are not participants of the event, and keeps a designated chair with their group", async () => {
    await accountWith(t, "observer@example.org", [{ role: "observer", scope: null }]);
    const observer = await signIn(t, "observer@example.org");
    expect((await call(observer, "POST", `/api/v1/groups/${g1}/members`, {})).statusCode).toBe(409);
    const chair = await participant(t, "chair@example.org", { gender: "woman" }, [{ role: "chair", scope: `group:${g1}` }]);
    const move = await call(chair.session, "POST", `/api/v1/groups/${g2}/members`, {});
    expect(move.json().error.message).toMatch(/chair of group 1 stays/);
  });

  it("shows members to the group and the staff only, and the history to the chair and the staff", async () => {
    const members = await call(amina.session, "GET", `/api/v1/groups/${g2}/members`);
    expect(members.json().members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([["amina", "participant"]]);
    expect((await call(amina.session, "GET", `/api/v1/groups/${g1}/members`)).statusCode).toBe(403);
    expect((await call(null, "GET", `/api/v1/groups/${g2}/members`)).statusCode).toBe(403);
    expect((await call(amina.session, "GET", `/api/v1/groups/${g2}/members/history`)).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { asId, type AccountId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("speakers lists API on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: string;
  let g2: string;
  let questions: string[];
  let sittingId: SittingId;
  let chair: Caller;
  let amina: { accountId: AccountId; session: Caller };
  let bruno: { accountId: AccountId; session: Caller };
  let carmen: { accountId: AccountId; session: Caller };
  let other: { accountId: AccountId; session: Caller };

  const url = (groupId = g1) => `/api/v1/groups/${groupId}/speakers`;
  const command = (who: Caller, body: unknown, groupId = g1) => call(who, "POST", `${url(groupId)}/commands`, body);
  const state = async (groupId = g1) => (await call(chair, "GET", url(groupId))).json();

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    g1 = ref.g1.id;
    g2 = ref.g2.id;
    sittingId = ref.sittingId;
    questions = ref.g1.guidingQuestions.map((q) => q.id);
    chair = (await participant(t, "chair@example.org", { gender: "woman" }, [{ role: "chair", scope: `group:${g1}` }])).session;
    amina = await participant(t, "amina@example.org", { gender: "woman", birthYear: 1985 }, [
      { role: "participant", scope: `group:${g1}` },
    ]);
    bruno = await participant(t, "bruno@example.org", { gender: "man", birthYear: 1960 }, [{ role: "participant", scope: `group:${g1}` }]);
    carmen = await participant(t, "carmen@example.org", { gender: "woman", ageBand: "45-59" }, [
      { role: "participant", scope: `group:${g1}` },
    ]);
    other = await participant(t, "other@example.org", { gender: "man" }, [{ role: "participant", scope: `group:${g2}` }]);
  });
  afterAll(async () => t.close());

  it("starts empty at version 0 with the server's time", async () => {
    const s = await state();
    expect(s).toMatchObject({ version: 0, speaking: null, queue: [], alternation: false, timeLimitSeconds: null, groupId: g1, sittingId });
    expect(Date.parse(s.serverTime)).not.toBeNaN();
  });

  it("lets members ask for the floor, in the hall or remotely, and refuses a double request without change", async () => {
    const first = await command(amina.session, { command: { type: "request_floor" } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, queue: [{ name: "amina", gender: "woman", remote: false, status: "waiting" }] });
    await command(bruno.session, { command: { type: "request_floor", remote: true } });
    const again = await command(amina.session, { command: { type: "request_floor" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("conflict");
    const s = await state();
    expect(s.version).toBe(2);
    expect(s.queue.map((r: { name: string; remote: boolean }) => [r.name, r.remote])).toEqual([
      ["amina", false],
      ["bruno", true],
    ]);
  });

  it("lets only the chair run the list, refuses stale versions with the current list, and requires a version", async () => {
    const byMember = await command(amina.session, { version: 2, command: { type: "call_next" } });
    expect(byMember.statusCode).toBe(403);
    const byOtherGroup = await command(other.session, { command: { type: "request_floor" } });
    expect(byOtherGroup.statusCode).toBe(403);
    const stale = await command(chair, { version: 1, command: { type: "call_next" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "stale_version",
      details: { current: { version: 2, queue: [{ name: "amina" }, { name: "bruno" }] } },
    });
    const missing = await command(chair, { command: { type: "call_next" } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe("body.version");
    expect((await state()).version).toBe(2);
  });

  it("runs turns on the current question with a time limit, and records each finished turn", async () => {
    let s = (await command(chair, { version: 2, command: { type: "set_question", questionId: questions[0] } })).json();
    s = (await command(chair, { version: s.version, command: { type: "set_time_limit", seconds: 180 } })).json();
    s = (await command(chair, { version: s.version, command: { type: "call_next" } })).json();
    expect(s.speaking).toMatchObject({ name: "amina", status: "speaking", questionId: questions[0], timeLimitSeconds: 180 });
    expect(Date.parse(s.speaking.startedAt)).toBeLessThanOrEqual(Date.parse(s.serverTime));
    s = (await command(chair, { version: s.version, command: { type: "call_next" } })).json();
    expect(s.speaking).toMatchObject({ name: "bruno", remote: true });
    s = (await command(chair, { version: s.version, command: { type: "end_turn" } })).json();
    expect(s.speaking).toBeNull();
    const turns = (await call(chair, "GET", `${url()}/turns`)).json();
    expect(turns.requests.map((r: { name: string; status: string; questionId: string }) => [r.name, r.status, r.questionId])).toEqual([
      ["amina", "spoke", questions[0]],
      ["bruno", "spoke", questions[0]],
    ]);
    expect(turns.requests[0].endedAt).toBe(turns.requests[1].startedAt);
    const empty = await command(chair, { version: s.version, command: { type: "call_next" } });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe("invalid_transition");
    const nobody = await command(chair, { version: s.version, command: { type: "end_turn" } });
    expect(nobody.json().error.code).toBe("invalid_transition");
    expect((await state()).version).toBe(s.version);
  });

  it("puts a point of order first, alternates women and men when switched on, and lets the chair reorder", async () => {
    for (const who of [amina, carmen, bruno]) await command(who.session, { command: { type: "request_floor" } });
    await command(chair, { command: { type: "request_floor", pointOfOrder: true } });
    let s = await state();
    expect(s.queue.map((r: { name: string }) => r.name)).toEqual(["chair", "amina", "carmen", "bruno"]);
    s = (await command(chair, { version: s.version, command: { type: "set_alternation", on: true } })).json();
    // The last floor speaker was a man (bruno), so a woman comes first, then a man.
    expect(s.queue.map((r: { name: string }) => r.name)).toEqual(["chair", "amina", "bruno", "carmen"]);
    const ids = Object.fromEntries(s.queue.map((r: { name: string; id: string }) => [r.name, r.id]));
    s = (
      await command(chair, { version: s.version, command: { type: "reorder", order: [ids.carmen, ids.bruno, ids.amina, ids.chair] } })
    ).json();
    expect(s.queue.map((r: { name: string }) => r.name)).toEqual(["chair", "carmen", "bruno", "amina"]);
    const bad = await command(chair, { version: s.version, command: { type: "reorder", order: [ids.carmen] } });
    expect(bad.statusCode).toBe(400);
  });

  it("lets a person withdraw their own request, the chair anyone's, and nobody else", async () => {
    let s = await state();
    const ids = Object.fromEntries(s.queue.map((r: { name: string; id: string }) => [r.name, r.id]));
    expect((await command(bruno.session, { command: { type: "withdraw", requestId: ids.amina } })).statusCode).toBe(403);
    expect((await command(amina.session, { command: { type: "withdraw", requestId: ids.amina } })).statusCode).toBe(200);
    const twice = await command(amina.session, { command: { type: "withdraw", requestId: ids.amina } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("invalid_transition");
    s = await state();
    const byChair = await command(chair, { version: s.version, command: { type: "withdraw", requestId: ids.carmen } });
    expect(byChair.json().queue.map((r: { name: string }) => r.name)).toEqual(["chair", "bruno"]);
    const again = await command(chair, { version: byChair.json().version, command: { type: "withdraw", requestId: ids.carmen } });
    expect(again.json().error.code).toBe("invalid_transition");
    const turns = (await call(chair, "GET", `${url()}/turns`)).json();
    expect(
      turns.requests
        .filter((r: { status: string }) => r.status === "withdrawn")
        .map((r: { name: string }) => r.name)
        .sort(),
    ).toEqual(["amina", "carmen"]);
  });

  it("refuses unknown questions and paragraphs, and malformed commands, with the field at fault", async () => {
    const s = await state();
    const q = await command(chair, { version: s.version, command: { type: "set_question", questionId: "nope" } });
    expect(q.json().error.issues[0].path).toBe("body.command.questionId");
    const p = await command(chair, { version: s.version, command: { type: "set_paragraph", paragraphId: "nope" } });
    expect(p.json().error.issues[0].path).toBe("body.command.paragraphId");
    const limit = await command(chair, { version: s.version, command: { type: "set_time_limit", seconds: 99999 } });
    expect(limit.json().error.issues[0].path).toMatch(/^body\.command/);
    const unknown = await command(chair, { version: s.version, command: { type: "shout" } });
    expect(unknown.statusCode).toBe(400);
    expect((await state()).version).toBe(s.version);
  });

  it("shows a group's list only to its members and the staff", async () => {
    expect((await call(other.session, "GET", url())).statusCode).toBe(403);
    expect((await call(null, "GET", url())).statusCode).toBe(403);
    expect((await call(null, "POST", `${url()}/commands`, { command: { type: "request_floor" } })).statusCode).toBe(401);
    expect((await call(amina.session, "GET", `${url()}/turns`)).statusCode).toBe(200);
    expect((await call(other.session, "GET", `${url()}/turns`)).statusCode).toBe(403);
    expect((await call(chair, "GET", url("no-such-group"))).statusCode).toBe(404);
    expect((await call(other.session, "GET", url(g2))).json().version).toBe(0);
  });

  it("records every change as an event of the sitting, scoped to the group until the projector is published", async () => {
    const events = await t.store.db.selectFrom("events").selectAll().where("type", "like", "speakers_list.%").orderBy("position").execute();
    expect(events.length).toBeGreaterThan(10);
    expect(new Set(events.map((e) => e.scope))).toEqual(new Set([`group:${g1}`]));
    expect(new Set(events.map((e) => e.sitting_id))).toEqual(new Set([sittingId]));
    const lists = await t.store.db
      .selectFrom("speakers_lists")
      .select("version")
      .where("group_id", "=", asId<DiscussionGroupId>(g1))
      .executeTakeFirstOrThrow();
    expect(events.filter((e) => e.subject.startsWith("speakers_list:") && JSON.parse(e.payload).groupId === g1)).toHaveLength(
      lists.version,
    );
  });

  it("runs the plenary's list by its presiding officer, with the event's participants asking for the floor", async () => {
    const body = (await t.store.db.selectFrom("sittings").select("body_id").where("id", "=", sittingId).executeTakeFirstOrThrow()).body_id;
    await accountWith(t, "president@example.org", [{ role: "presiding_officer", scope: `body:${body}` }]);
    const president = await signIn(t, "president@example.org");
    await accountWith(t, "stranger@example.org", []);
    const stranger = await signIn(t, "stranger@example.org");
    const plenary = `/api/v1/sittings/${sittingId}/plenary/speakers`;
    expect((await call(other.session, "POST", `${plenary}/commands`, { command: { type: "request_floor" } })).statusCode).toBe(200);
    expect((await call(stranger, "POST", `${plenary}/commands`, { command: { type: "request_floor" } })).statusCode).toBe(403);
    expect((await call(chair, "POST", `${plenary}/commands`, { version: 1, command: { type: "call_next" } })).statusCode).toBe(403);
    const called = await call(president, "POST", `${plenary}/commands`, { version: 1, command: { type: "call_next" } });
    expect(called.json()).toMatchObject({ groupId: null, key: `plenary:${sittingId}`, speaking: { name: "other" } });
    expect((await call(stranger, "GET", plenary)).statusCode).toBe(403);
    const events = await t.store.db
      .selectFrom("events")
      .select("scope")
      .where("subject", "like", "speakers_list:%")
      .where("payload", "like", "%plenary:%")
      .execute();
    expect(new Set(events.map((e) => e.scope))).toEqual(new Set(["members"]));
  });
});

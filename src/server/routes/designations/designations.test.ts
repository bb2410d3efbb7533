import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { asId, type SittingId, type ParticipantId } from "../../../domain/ids.js";

type Who = { cookie: string; csrfToken: string } | null;
type Designation = { id: string; status: string; version: number; replaces: string | null; replacedBy: string | null };

describe.each(storeKinds())("designations API on %s", (kind) => {
  let t: TestApp;
  let secretariat: Who;
  let bureau: Who;
  let president: Who;
  let member: Who;
  let sittingId: SittingId;
  let groupId: string;
  let otherGroupId: string;
  const people: Record<string, ParticipantId> = {};
  const call = (who: Who, method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });
  const recommend = (who: Who, name: string, fn: "chair" | "rapporteur", group = groupId) =>
    call(who, "POST", "/api/v1/designations", {
      groupId: group,
      function: fn,
      participantId: people[name],
      note: "Proposed by the Bureau",
    });
  const designate = (who: Who, d: Designation, method: unknown = { kind: "consensus" }) =>
    call(who, "POST", `/api/v1/designations/${d.id}/transitions`, {
      version: d.version,
      transition: { type: "designate", sittingId, method },
    });
  const rolesOf = async (name: string) => {
    const p = await t.store.db.selectFrom("participants").select("account_id").where("id", "=", people[name]!).executeTakeFirstOrThrow();
    return (
      await t.store.db
        .selectFrom("role_assignments")
        .select(["role", "scope"])
        .where("account_id", "=", p.account_id!)
        .orderBy("role")
        .execute()
    ).map((r) => `${r.role}@${r.scope}`);
  };

  beforeAll(async () => {
    t = await testApp(kind);
    const sittings = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings;
    sittingId = sittings[0].id;
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    [groupId, otherGroupId] = detail.groups.map((g: { id: string }) => g.id);
    const forum = detail.sitting.body.id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "bureau@example.org", [{ role: "bureau_member", scope: null }]);
    await accountWith(t, "president@example.org", [{ role: "presiding_officer", scope: `body:${forum}` }]);
    await accountWith(t, "member@example.org", [{ role: "participant", scope: `group:${groupId}` }]);
    secretariat = await signIn(t, "sec@example.org");
    bureau = await signIn(t, "bureau@example.org");
    president = await signIn(t, "president@example.org");
    member = await signIn(t, "member@example.org");
    const csv = [
      "name,country,gender,email",
      "Ana,Spain,woman,ana@example.org",
      "Karim,Lebanon,man,karim@example.org",
      "Lina,Lebanon,woman,",
      "Sara,Chile,woman,sara@example.org",
    ].join("\n");
    const imported = await call(secretariat, "POST", `/api/v1/setup/events/${detail.event.id}/participants/import`, { csv });
    for (const p of imported.json().participants as { id: string; name: string }[]) people[p.name] = asId<ParticipantId>(p.id);
  });
  afterAll(async () => t.close());

  let ana: Designation;
  let karim: Designation;

  it("lets the Bureau recommend and the body designate, giving the chair role for that group only", async () => {
    const res = await recommend(bureau, "Ana", "chair");
    expect(res.statusCode).toBe(201);
    ana = res.json();
    expect(ana).toMatchObject({ status: "recommended", version: 1, participant: { name: "Ana" }, decision: null });
    expect((await call(null, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations).toEqual([]);
    expect((await call(bureau, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations).toHaveLength(1);
    expect((await designate(bureau, ana)).statusCode).toBe(403);
    const done = await designate(president, ana);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: "designated",
      version: 2,
      decision: { date: "2021-11-26", sittingId, method: { kind: "consensus" } },
    });
    ana = done.json();
    expect(await rolesOf("Ana")).toEqual(["chair@group:" + groupId, "participant@null"]);
    expect(
      (await call(null, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations.map((d: Designation) => d.status),
    ).toEqual(["designated"]);
  });

  it("answers a double designation with stale_version, then invalid_transition", async () => {
    const stale = await designate(president, { ...ana, version: 1 });
    expect([stale.statusCode, stale.json().error.code, stale.json().error.details.current.status]).toEqual([
      409,
      "stale_version",
      "designated",
    ]);
    const again = await designate(president, ana);
    expect([again.statusCode, again.json().error.code]).toEqual([409, "invalid_transition"]);
  });

  it("records a replacement: the new chair gets the role, the replaced one loses it", async () => {
    karim = (await recommend(bureau, "Karim", "chair")).json();
    const vote = { kind: "show_of_hands", for: 20, against: 3, abstain: 1 };
    const res = await designate(secretariat, karim, vote);
    expect(res.json()).toMatchObject({ status: "designated", replaces: ana.id, decision: { method: vote } });
    const list = (await call(null, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations;
    expect(list.map((d: Designation) => [d.status, d.replacedBy])).toEqual([
      ["replaced", res.json().id],
      ["designated", null],
    ]);
    expect(await rolesOf("Ana")).toEqual(["participant@null"]);
    expect(await rolesOf("Karim")).toEqual(["chair@group:" + groupId, "participant@null"]);
    const events = await t.store.db
      .selectFrom("events")
      .select(["type", "sitting_id"])
      .where("type", "in", ["designation.replaced", "role.revoked", "role.granted"])
      .orderBy("position")
      .execute();
    expect(events.map((e) => e.type)).toEqual(["role.granted", "role.revoked", "designation.replaced", "role.granted"]);
    expect(events.every((e) => e.sitting_id === sittingId)).toBe(true);
  });

  it("refuses a vote that did not carry, a decision outside the body's sittings, and wrong people", async () => {
    const sara = (await recommend(bureau, "Sara", "rapporteur")).json();
    const lost = await designate(president, sara, { kind: "show_of_hands", for: 4, against: 9, abstain: 0 });
    expect([lost.statusCode, lost.json().error.issues[0].path]).toEqual([400, "decision.method.for"]);
    const elsewhere = await call(president, "POST", `/api/v1/designations/${sara.id}/transitions`, {
      version: 1,
      transition: { type: "designate", sittingId: "nope", method: { kind: "consensus" } },
    });
    expect(elsewhere.json().error.issues[0].path).toBe("body.decision.sittingId");
    expect((await recommend(bureau, "Sara", "rapporteur")).json().error.code).toBe("conflict");
    expect((await recommend(bureau, "Karim", "rapporteur")).json().error.message).toMatch(/already designated as chair/);
    const noAccount = await recommend(bureau, "Lina", "rapporteur", otherGroupId);
    expect([noAccount.statusCode, noAccount.json().error.message]).toEqual([400, expect.stringMatching(/no account/)]);
    const unknown = await call(bureau, "POST", "/api/v1/designations", { groupId: "nope", function: "chair", participantId: people.Ana });
    expect(unknown.statusCode).toBe(404);
  });

  it("withdraws a recommendation by the Bureau, and a designated person only by the body", async () => {
    const [, , sara] = (await call(bureau, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations as Designation[];
    const withdrawn = await call(bureau, "POST", `/api/v1/designations/${sara!.id}/transitions`, {
      version: sara!.version,
      transition: { type: "withdraw", reason: "Unavailable" },
    });
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn", withdrawal: { reason: "Unavailable" } });
    const karimNow = (await call(bureau, "GET", `/api/v1/designations?groupId=${groupId}`)).json().designations[1] as Designation;
    const byBureau = await call(bureau, "POST", `/api/v1/designations/${karimNow.id}/transitions`, {
      version: karimNow.version,
      transition: { type: "withdraw" },
    });
    expect(byBureau.statusCode).toBe(403);
    const byBody = await call(president, "POST", `/api/v1/designations/${karimNow.id}/transitions`, {
      version: karimNow.version,
      transition: { type: "withdraw" },
    });
    expect(byBody.json().status).toBe("withdrawn");
    expect(await rolesOf("Karim")).toEqual(["participant@null"]);
  });

  it("refuses recommendations by participants and the public, and malformed decisions", async () => {
    expect((await recommend(member, "Sara", "chair", otherGroupId)).statusCode).toBe(403);
    expect((await recommend(president, "Sara", "chair", otherGroupId)).statusCode).toBe(403);
    expect((await recommend(null, "Sara", "chair", otherGroupId)).statusCode).toBe(401);
    const d = (await recommend(bureau, "Sara", "chair", otherGroupId)).json();
    expect((await designate(member, d)).statusCode).toBe(403);
    const bad = await call(president, "POST", `/api/v1/designations/${d.id}/transitions`, {
      version: 1,
      transition: { type: "designate", sittingId, method: { kind: "acclamation" } },
    });
    expect([bad.statusCode, bad.json().error.issues[0].path]).toEqual([400, "body.transition.method.kind"]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { caller, onRecord, referenceApp, type Caller } from "../../../test-support/factories.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("attendance API on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  let groupId: string;
  let bodyId: string;
  let desk: Caller;
  let member: Caller;
  let other: { participantId: string; session: Caller };
  let mine: string;
  let call: ReturnType<typeof caller>;

  const person = async (name: string) => {
    const accountId = await accountWith(t, `${name}@example.org`, [{ role: "participant", scope: `group:${groupId}` }]);
    await onRecord(t, accountId, { name });
    const row = await t.store.db.selectFrom("participants").select("id").where("account_id", "=", accountId).executeTakeFirstOrThrow();
    return { participantId: row.id, session: await signIn(t, `${name}@example.org`) };
  };

  beforeEach(async () => {
    const r = await referenceApp(kind);
    t = r.t;
    sittingId = r.sittingId;
    groupId = r.g1.id;
    call = caller(t);
    bodyId = (await t.store.db.selectFrom("sittings").select("body_id").where("id", "=", sittingId).executeTakeFirstOrThrow()).body_id;
    await accountWith(t, "desk@example.org", [{ role: "secretariat", scope: null }]);
    desk = await signIn(t, "desk@example.org");
    const me = await person("amina");
    member = me.session;
    mine = me.participantId;
    other = await person("bruno");
  });
  afterEach(async () => t.close());

  it("the secretariat checks a participant in; the counts and the quorum change and the live channel tells the members", async () => {
    const live = await TestLiveClient.connect(await t.app.listen({ port: 0, host: "127.0.0.1" }), member!.cookie);
    live.send({ type: "subscribe", sittingId, after: 0 });
    await live.until((m) => m.some((x) => x.type === "subscribed"));
    await call(desk, "PUT", `/api/v1/bodies/${bodyId}/quorum-rule`, {
      version: 0,
      rule: {
        minimum: { kind: "count", members: 1 },
        remoteCounts: true,
        proxiesAllowed: false,
        proxiesPerHolder: 1,
        proxiesCountForQuorum: false,
        whenMissing: "refuse",
      },
    });
    const before = (await call(member, "GET", `/api/v1/groups/${groupId}/attendance`)).json();
    expect(before.quorum).toMatchObject({ counted: 0, required: 1, met: false });

    const res = await call(desk, "POST", `/api/v1/sittings/${sittingId}/attendance/check-ins`, {
      participantId: other.participantId,
      mode: "in_hall",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: "bruno", from: "absent", presence: "in_hall", changed: true });
    await live.until((m) => m.some((x) => x.event?.type === "attendance.checked_in"));
    expect((await call(member, "GET", `/api/v1/groups/${groupId}/attendance`)).json().quorum).toMatchObject({ counted: 1, met: true });
    const desk1 = (await call(desk, "GET", `/api/v1/sittings/${sittingId}/attendance`)).json();
    expect(desk1.permissions).toEqual({ takeAttendance: true, setQuorumRule: true });
    expect(desk1.people.find((p: { participantId: string }) => p.participantId === other.participantId)).toMatchObject({
      presence: "in_hall",
      method: "secretariat",
      groupIds: [groupId],
    });
    live.close();
  });

  it("a participant cannot check others in or out, nor read the desk, but joins remotely as themselves", async () => {
    for (const [url, body] of [
      ["check-ins", { participantId: other.participantId, mode: "in_hall" }],
      ["check-ins", { participantId: other.participantId, mode: "remote" }],
      ["check-ins", { participantId: mine, mode: "in_hall" }],
      ["check-outs", { participantId: other.participantId }],
      ["scans", { code: "anything" }],
    ] as const)
      expect((await call(member, "POST", `/api/v1/sittings/${sittingId}/attendance/${url}`, body)).statusCode, url).toBe(403);
    expect(
      (await call(null, "POST", `/api/v1/sittings/${sittingId}/attendance/check-ins`, { participantId: mine, mode: "remote" })).statusCode,
    ).toBe(401);
    expect((await call(member, "GET", `/api/v1/sittings/${sittingId}/attendance`)).statusCode).toBe(404);
    expect((await call(member, "POST", `/api/v1/sittings/${sittingId}/attendance/remote`)).json()).toMatchObject({ presence: "remote" });
    expect((await call(member, "GET", `/api/v1/groups/${groupId}/attendance`)).json().quorum.tally.remote).toBe(1);
  });

  it("the door scanner takes the access slip's link and refuses a code that is none", async () => {
    const invitation = await call(desk, "POST", `/api/v1/setup/participants/${other.participantId}/invitation`, { sendMail: false });
    expect(invitation.statusCode).toBe(201);
    const scanned = await call(desk, "POST", `/api/v1/sittings/${sittingId}/attendance/scans`, { code: invitation.json().link });
    expect(scanned.json()).toMatchObject({ participantId: other.participantId, presence: "in_hall" });
    const bad = await call(desk, "POST", `/api/v1/sittings/${sittingId}/attendance/scans`, { code: "https://example.org/nothing" });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.message).toMatch(/not an access slip/);
  });
});

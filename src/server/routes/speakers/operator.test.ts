import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { AccountId } from "../../../domain/ids.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";

type Person = { accountId: AccountId; session: Caller };

describe.each(storeKinds())("the speakers-list operator's API on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: string;
  let chair: Person;
  let amina: Person;
  let bruno: Person;

  const url = () => `/api/v1/groups/${g1}/speakers`;
  const command = async (who: Person, command: unknown, version?: number) => {
    const answer = await call(who.session, "POST", `${url()}/commands`, version === undefined ? { command } : { version, command });
    return { status: answer.statusCode, body: answer.json() };
  };
  const version = async () => (await call(chair.session, "GET", url())).json().version as number;

  beforeEach(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    g1 = ref.g1.id;
    const member = (email: string, gender: "woman" | "man", parliament: string) =>
      participant(t, email, { gender, parliament }, [{ role: "participant", scope: `group:${g1}` }]);
    chair = await participant(t, "chair@example.org", { gender: "woman", parliament: "Jordan" }, [{ role: "chair", scope: `group:${g1}` }]);
    amina = await member("amina@example.org", "woman", "Kenya");
    bruno = await member("bruno@example.org", "man", "Spain");
  });
  afterEach(async () => t.close());

  it("offers the chair the group's members to add, adds one on their behalf to a closed list, and says why a member is refused", async () => {
    const candidates = await call(chair.session, "GET", `${url()}/candidates`);
    expect(candidates.statusCode).toBe(200);
    expect(candidates.json().people.map((p: { name: string; parliament: string }) => [p.name, p.parliament])).toEqual([
      ["amina", "Kenya"],
      ["bruno", "Spain"],
      ["chair", "Jordan"],
    ]);
    expect((await call(amina.session, "GET", `${url()}/candidates`)).statusCode).toBe(403);
    const closed = await command(chair, { type: "close_list" }, 0);
    expect(closed.body.closed).toBe(true);
    const refused = await command(amina, { type: "request_floor" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/speakers list is closed/);
    const added = await command(chair, { type: "add_speaker", accountId: amina.accountId, remote: true }, 1);
    expect(added.body.queue).toMatchObject([{ name: "amina", remote: true, addedBy: chair.accountId, kind: "floor" }]);
    // Waiting already, amina may still raise a point of order: it goes first.
    const point = await command(amina, { type: "request_floor", pointOfOrder: true });
    expect(point.status).toBe(200);
    expect(point.body.queue.map((r: { kind: string }) => r.kind)).toEqual(["point_of_order", "floor"]);
    const reopened = await command(chair, { type: "reopen_list" }, point.body.version);
    expect((await command(bruno, { type: "request_floor" })).status).toBe(200);
    expect(reopened.body.closed).toBe(false);
  });

  it("shows each delegation's time left, marks remote turns and replies in the record of turns", async () => {
    await command(chair, { type: "set_delegation_quota", seconds: 300 }, 0);
    await command(amina, { type: "request_floor", remote: true });
    let s = (await command(chair, { type: "call_next" }, await version())).body;
    expect(s.speaking).toMatchObject({ name: "amina", remote: true, timeLimitSeconds: 300, quotaLeftSeconds: 300 });
    const reply = await command(bruno, { type: "request_floor", kind: "reply", replyTo: s.speaking.id });
    expect(reply.body.queue).toMatchObject([{ name: "bruno", kind: "reply", replyTo: { name: "amina", parliament: "Kenya" } }]);
    s = (await command(chair, { type: "call_next" }, reply.body.version)).body;
    s = (await command(chair, { type: "end_turn" }, s.version)).body;
    expect(s.delegations.map((d: { delegation: string; leftSeconds: number }) => [d.delegation, d.leftSeconds <= 300])).toEqual([
      ["Kenya", true],
      ["Spain", true],
    ]);
    expect(s.lastTurn).toMatchObject({ name: "bruno" });
    const turns = (await call(chair.session, "GET", `${url()}/turns`)).json();
    expect(turns.requests.map((r: { name: string; kind: string; remote: boolean }) => [r.name, r.kind, r.remote])).toEqual([
      ["amina", "floor", true],
      ["bruno", "reply", false],
    ]);
    expect(turns.requests[1].replyTo).toMatchObject({ name: "amina" });
    const readded = await command(chair, { type: "readd", requestId: turns.requests[0].id }, s.version);
    expect(readded.body.queue).toMatchObject([{ name: "amina", remote: true, status: "waiting" }]);
    const absentOnce = await command(chair, { type: "skip", requestId: readded.body.queue[0].id }, readded.body.version);
    expect(absentOnce.body.queue).toMatchObject([{ name: "amina", skipped: true }]);
    const absent = await command(chair, { type: "skip", requestId: readded.body.queue[0].id }, absentOnce.body.version);
    expect(absent.body.queue).toEqual([]);
    const after = (await call(chair.session, "GET", `${url()}/turns`)).json();
    expect(after.requests.map((r: { status: string }) => r.status)).toEqual(["spoke", "spoke", "absent"]);
  });

  it("refuses the operator's commands to members and malformed ones with the field at fault", async () => {
    expect((await command(amina, { type: "close_list" }, 0)).status).toBe(403);
    expect((await command(amina, { type: "add_speaker", accountId: bruno.accountId }, 0)).status).toBe(403);
    expect((await command(chair, { type: "set_delegation_quota", seconds: 0 }, 0)).status).toBe(400);
    const stranger = await command(chair, { type: "add_speaker", accountId: "nobody" }, 0);
    expect(stranger.body.error.issues[0].path).toBe("body.command.accountId");
    const noTurn = await command(amina, { type: "request_floor", kind: "reply" });
    expect(noTurn.body.error.issues[0].path).toBe("body.command.replyTo");
    expect(await version()).toBe(0);
  });
});

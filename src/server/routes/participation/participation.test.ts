import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { threeTimedTurns } from "../../../test-support/turns.js";
import type { SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("participation by gender and age on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: string;
  let sittingId: SittingId;
  let secretariat: Caller;
  let chair: Caller;
  let amina: Caller;

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    ({ t, sittingId } = ref);
    call = caller(t);
    g1 = ref.g1.id;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    chair = (await participant(t, "chair@example.org", { gender: "woman", birthYear: 1970 }, [{ role: "chair", scope: `group:${g1}` }]))
      .session;
    amina = (
      await participant(t, "amina@example.org", { gender: "woman", birthYear: 1990 }, [{ role: "participant", scope: `group:${g1}` }])
    ).session;
    const bruno = (
      await participant(t, "bruno@example.org", { gender: "man", ageBand: "60+" }, [{ role: "participant", scope: `group:${g1}` }])
    ).session;
    await participant(t, "dana@example.org", { gender: "undisclosed" }, [{ role: "participant", scope: `group:${g1}` }]);
    // Three turns: amina, bruno, amina; then their times are set to 60 s, 120 s and 30 s.
    await threeTimedTurns(t, g1, chair, amina, bruno);
  });
  afterAll(async () => t.close());

  it("gives the chair the group's figures by gender and age band against its membership", async () => {
    const res = await call(chair, "GET", `/api/v1/groups/${g1}/participation`);
    expect(res.statusCode).toBe(200);
    const f = res.json().figures;
    expect(f).toMatchObject({ members: 4, speakers: 2, turns: 3, speakingSeconds: 210 });
    expect(
      f.byGender.map((r: { category: string; members: number; speakers: number; speakingSeconds: number }) => [
        r.category,
        r.members,
        r.speakers,
        r.speakingSeconds,
      ]),
    ).toEqual([
      ["woman", 2, 1, 90],
      ["man", 1, 1, 120],
      ["other", 0, 0, 0],
      ["undisclosed", 1, 0, 0],
    ]);
    expect(
      f.byAge.map((r: { category: string; members: number; speakingSeconds: number }) => [r.category, r.members, r.speakingSeconds]),
    ).toEqual([
      ["under-45", 1, 90],
      ["45-and-over", 2, 120],
      ["unknown", 1, 0],
    ]);
  });

  it("gives the secretariat the sitting's figures, per group and plenary, and both as CSV", async () => {
    const sitting = (await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/participation`)).json();
    expect(sitting.sitting).toMatchObject({ members: 4, turns: 3, speakingSeconds: 210 });
    expect(sitting.groups.map((g: { number: number; figures: { turns: number } }) => [g.number, g.figures.turns])).toEqual([
      [1, 3],
      [2, 0],
    ]);
    expect(sitting.plenary.turns).toBe(0);
    const csv = await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/participation.csv`);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe("scope,dimension,category,members,member_share,speakers,turns,speaking_seconds,speaking_share");
    expect(lines).toContain("group 1,gender,man,1,0.2500,1,1,120,0.5714");
    expect(lines).toHaveLength(1 + 4 * 9);
    const groupCsv = await call(chair, "GET", `/api/v1/groups/${g1}/participation.csv`);
    expect(groupCsv.headers["content-disposition"]).toMatch(/attachment; filename="participation-group-1.csv"/);
    expect(groupCsv.body.split("\r\n")).toContain("group 1,age,unknown,1,0.2500,0,0,0,0.0000");
  });

  it("refuses participants, other groups' chairs and the public", async () => {
    expect((await call(amina, "GET", `/api/v1/groups/${g1}/participation`)).statusCode).toBe(403);
    expect((await call(null, "GET", `/api/v1/groups/${g1}/participation.csv`)).statusCode).toBe(403);
    expect((await call(chair, "GET", `/api/v1/sittings/${sittingId}/participation`)).statusCode).toBe(403);
    const chair2 = (await participant(t, "chair2@example.org", { gender: "man" }, [{ role: "chair", scope: "group:elsewhere" }])).session;
    expect((await call(chair2, "GET", `/api/v1/groups/${g1}/participation`)).statusCode).toBe(403);
  });
});

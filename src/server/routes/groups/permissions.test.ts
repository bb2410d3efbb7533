import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { caller, referenceApp, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

/** The screens show or hide actions from the permissions the answers carry; these are the server's own rules. */
describe.each(storeKinds())("permissions in the answers on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let sittingId: SittingId;
  let draftId: string;
  let g1: string;
  let g2: string;
  let bodyId: string;
  const as = async (email: string, roles: { role: "secretariat" | "chair" | "observer"; scope: string | null }[]): Promise<Caller> => {
    await accountWith(t, email, roles);
    return signIn(t, email);
  };
  const read = async (who: Caller, url: string) => {
    const res = await call(who, "GET", url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    [t, sittingId, draftId, g1, g2] = [ref.t, ref.sittingId, ref.draftId, ref.g1.id, ref.g2.id];
    call = caller(t);
    bodyId = (await t.store.db.selectFrom("sittings").select("body_id").where("id", "=", sittingId).executeTakeFirstOrThrow()).body_id;
  });
  afterAll(async () => t.close());

  it("offers a secretariat scoped to the body the secretariat's actions, as the commands allow them", async () => {
    const scoped = await as("scoped-secretariat@example.org", [{ role: "secretariat", scope: `body:${bodyId}` }]);
    expect((await read(scoped, `/api/v1/drafts/${draftId}`)).permissions).toMatchObject({
      decide: true,
      setDeadline: true,
      submitForAuthors: true,
    });
    const occupancy = await read(scoped, `/api/v1/sittings/${sittingId}/groups/occupancy`);
    expect(occupancy.permissions).toMatchObject({ assignMembers: true, plenary: { run: true } });
    expect(occupancy.groups[0].permissions).toMatchObject({ run: true, role: null });
    expect((await read(scoped, `/api/v1/groups/${g1}/recommendations`)).permissions).toEqual({ start: true, presentReport: true });
    expect((await call(scoped, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId })).statusCode).toBe(201);
  });

  it("offers a group's chair its own group's list only, and an observer nothing to do", async () => {
    const chair = await as("chair-g1@example.org", [{ role: "chair", scope: `group:${g1}` }]);
    const occupancy = await read(chair, `/api/v1/sittings/${sittingId}/groups/occupancy`);
    const of = (id: string) => occupancy.groups.find((g: { groupId: string }) => g.groupId === id).permissions;
    expect(of(g1)).toEqual({ follow: true, run: true, takePart: true, readParticipation: true, role: "chair" });
    expect(of(g2)).toEqual({ follow: false, run: false, takePart: false, readParticipation: false, role: null });
    expect(occupancy.permissions).toEqual({
      plenary: { follow: false, run: false, takePart: false, readParticipation: false },
      assignMembers: false,
    });
    const observer = await as("observer@example.org", [{ role: "observer", scope: null }]);
    expect((await read(observer, `/api/v1/drafts/${draftId}`)).permissions).toMatchObject({ propose: false, decide: false });
    expect((await read(observer, `/api/v1/groups/${g1}/recommendations`)).permissions).toEqual({ start: false, presentReport: false });
  });
});

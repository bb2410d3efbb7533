import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceStage } from "../../../reference-stages/load.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case at stage "committee": nine amendments await the committee, which decides and may be reopened. */
describe.each(storeKinds())("reopening a committee decision on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let staff: Awaited<ReturnType<typeof signIn>>;
  let delegate: Awaited<ReturnType<typeof signIn>>;
  let draftId: string;
  let committeeId: string;

  const get = async (url: string): Promise<Json> => (await call(staff, "GET", url)).json() as Json;
  const amendments = async () => (await get(`/api/v1/drafts/${draftId}/amendments`)).amendments as Json[];

  beforeAll(async () => {
    t = await testApp(kind);
    await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "delegate@example.org", [{ role: "participant", scope: null }]);
    await loadReferenceStage(t.store, "committee");
    call = caller(t);
    staff = await signIn(t, "admin@rapporteur.local");
    delegate = await signIn(t, "delegate@example.org");
    const sitting = (await get("/api/v1/sittings")).sittings[0];
    const draft = (await get(`/api/v1/sittings/${sitting.id}`)).draftResolutions[0];
    draftId = draft.id;
    committeeId = draft.committee.id;
  }, 120_000);
  afterAll(async () => t.close());

  it("sets the amendment back before the committee, recording who reopened it and why; a delegate may not", async () => {
    const first = (await amendments()).find((a) => a.status === "submitted")!;
    const decided = await call(staff, "POST", `/api/v1/amendments/${first.id}/committee-decision`, {
      version: first.version,
      transition: { type: "accept_as_revised", revisedText: "Another wording;" },
      bodyId: committeeId,
      decision: { method: "consensus" },
    });
    expect(decided.statusCode).toBe(200);
    const version = (decided.json() as Json).amendment.version as number;
    const url = `/api/v1/amendments/${first.id}/committee-decision/reopening`;

    expect((await call(delegate, "POST", url, { version, reason: "I disagree" })).statusCode).toBe(403);
    const empty = await call(staff, "POST", url, { version, reason: " " });
    expect(empty.statusCode).toBe(400);
    expect((await call(staff, "POST", url, { version: version - 1, reason: "Counted twice" })).json()).toMatchObject({
      error: { code: "stale_version" },
    });

    const reopened = await call(staff, "POST", url, { version, reason: "The room voted on the wrong wording" });
    expect(reopened.statusCode).toBe(200);
    expect((reopened.json() as Json).amendment).toMatchObject({ id: first.id, status: "submitted", version: version + 1 });
    const now = (await amendments()).find((a) => a.id === first.id)!;
    expect(now).toMatchObject({ status: "submitted", revisedText: null });

    const event = await t.store.db
      .selectFrom("events")
      .select(["type", "actor", "payload"])
      .where("subject", "=", `amendment:${first.id}`)
      .orderBy("position", "desc")
      .executeTakeFirstOrThrow();
    const admin = await t.store.db
      .selectFrom("accounts")
      .select("id")
      .where("email", "=", "admin@rapporteur.local")
      .executeTakeFirstOrThrow();
    expect(event.type).toBe("amendment.reopened");
    expect(event.actor).toBe(admin.id);
    expect(JSON.parse(event.payload)).toMatchObject({
      from: "accepted_as_revised",
      to: "submitted",
      transition: { type: "reopen", reason: "The room voted on the wrong wording" },
    });
    // An amendment still before the committee has no decision to reopen.
    expect((await call(staff, "POST", url, { version: version + 1, reason: "Again" })).json()).toMatchObject({
      error: { code: "invalid_transition" },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { caller, onRecord, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";

const FORUM = "Forum of Women Parliamentarians";

/** The author field of the amendment form is a choice from the data; only the secretariat types a paper amendment's author. */
describe.each(storeKinds())("amendment author choices on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let draftId: string;
  let target: string;
  let forumId: string;
  let delegate: Caller;
  let secretariat: Caller;
  let observer: Caller;
  let president: Caller;

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    draftId = ref.draftId;
    target = ref.paragraphs[0]!.id;
    forumId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].body.id;
    delegate = (
      await participant(t, "delegate@example.org", { gender: "woman", parliament: "Spain" }, [{ role: "participant", scope: null }])
    ).session;
    await onRecord(t, await accountWith(t, "mexico@example.org", []), { parliament: "Mexico" });
    observer = (await participant(t, "watcher@example.org", { gender: "man", parliament: "Chile" }, [{ role: "observer", scope: null }]))
      .session;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    await accountWith(t, "president@example.org", [{ role: "presiding_officer", scope: `body:${forumId}` }]);
    president = await signIn(t, "president@example.org");
  });
  afterAll(async () => t.close());

  const choices = (who: Caller) => call(who, "GET", `/api/v1/drafts/${draftId}/author-choices`);
  const propose = (who: Caller, fields: Record<string, unknown>) =>
    call(who, "POST", `/api/v1/drafts/${draftId}/amendments`, { action: "delete", target, language: "en", ...fields });

  it("offers a member their own delegation, preselected, and the event's delegations as co-sponsors, without paper", async () => {
    const res = await choices(delegate);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authors: ["Spain"], suggested: "Spain", paper: false });
    expect(res.json().coSponsors).toEqual(expect.arrayContaining(["Spain", "Mexico", "Chile"]));
    expect(res.json().authors).not.toContain("Mexico");
  });

  it("offers a presiding officer the body they act for", async () => {
    expect((await choices(president)).json()).toMatchObject({ authors: [FORUM], suggested: FORUM, paper: false });
  });

  it("offers the secretariat every delegation and body, and the paper amendment", async () => {
    const res = (await choices(secretariat)).json();
    expect(res.paper).toBe(true);
    expect(res.suggested).toBeNull();
    expect(res.authors).toEqual(expect.arrayContaining(["Spain", "Mexico", FORUM]));
  });

  it("refuses observers and the public", async () => {
    expect((await choices(observer)).statusCode).toBe(403);
    expect((await choices(null)).statusCode).toBe(401);
  });

  it("marks a paper amendment in the answer, and lets only the secretariat claim one", async () => {
    const paper = await propose(secretariat, { author: "Delegation of Atlantis", paper: true });
    expect(paper.statusCode).toBe(201);
    expect(paper.json()).toMatchObject({ author: "Delegation of Atlantis", paper: true });
    const known = await propose(secretariat, { author: "spain", paper: false });
    expect(known.json()).toMatchObject({ author: "Spain", paper: false });
    const heldToData = await propose(secretariat, { author: "Delegation of Atlantis", paper: false });
    expect(heldToData.statusCode).toBe(400);
    expect(heldToData.json().error.issues[0].path).toBe("author");
    expect((await propose(delegate, { author: "Delegation of Spain", paper: true })).statusCode).toBe(403);
    expect((await propose(delegate, { author: "Spain" })).json()).toMatchObject({ author: "Spain", paper: false });
  });
});

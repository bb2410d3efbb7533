import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Co-sponsors through the API: invitation, the invited delegation's answer (nobody else's), the list's filters. */
describe.each(storeKinds())("co-sponsor routes on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let draftId: string;
  let paragraphs: { id: string; label: string }[];
  let spain: Caller;
  let mexico: Caller;
  let chile: Caller;
  let secretariat: Caller;

  beforeEach(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    draftId = ref.draftId;
    paragraphs = ref.paragraphs;
    const delegate = [{ role: "participant" as const, scope: null }];
    spain = (await participant(t, "spain@example.org", { gender: "woman", parliament: "Spain" }, delegate)).session;
    mexico = (await participant(t, "mexico@example.org", { gender: "man", parliament: "Mexico" }, delegate)).session;
    chile = (await participant(t, "chile@example.org", { gender: "woman", parliament: "Chile" }, delegate)).session;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
  });
  afterEach(async () => t.close());

  const propose = async (who: Caller, fields: Record<string, unknown>): Promise<Json> => {
    const res = await call(who, "POST", `/api/v1/drafts/${draftId}/amendments`, { language: "en", submit: true, ...fields });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const list = async (query = ""): Promise<Json[]> =>
    (await call(spain, "GET", `/api/v1/drafts/${draftId}/amendments${query}`)).json().amendments;

  it("invites at proposal time, shows the invitation to the invited delegation only, and names it once accepted", async () => {
    const a = await propose(spain, { action: "delete", target: paragraphs[0]!.id, author: "Spain", coSponsors: ["Mexico"] });
    expect(a.coSponsors).toEqual([]);
    expect((await call(chile, "GET", "/api/v1/me/cosponsor-invitations")).json().invitations).toEqual([]);
    const [invitation] = (await call(mexico, "GET", "/api/v1/me/cosponsor-invitations")).json().invitations as Json[];
    expect(invitation).toMatchObject({ delegation: "Mexico", status: "invited", permissions: { accept: true, decline: true } });
    expect(invitation!.amendment).toMatchObject({ number: a.number, author: "Spain", targetLabel: paragraphs[0]!.label });

    // Nobody answers for Mexico: not Chile, not the author, not the secretariat.
    for (const who of [chile, spain, secretariat]) {
      const res = await call(who, "POST", `/api/v1/cosponsorships/${invitation!.id}/steps`, { step: "accept", version: 1 });
      expect(res.statusCode, res.body).toBe(403);
    }
    expect((await call(null, "POST", `/api/v1/cosponsorships/${invitation!.id}/steps`, { step: "accept", version: 1 })).statusCode).toBe(
      401,
    );
    expect((await list()).find((x) => x.id === a.id)!.coSponsors).toEqual([]);

    const accepted = await call(mexico, "POST", `/api/v1/cosponsorships/${invitation!.id}/steps`, { step: "accept", version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().cosponsorships).toEqual([expect.objectContaining({ delegation: "Mexico", status: "accepted" })]);
    expect((await list()).find((x) => x.id === a.id)!.coSponsors).toEqual(["Mexico"]);
    expect((await call(mexico, "GET", "/api/v1/me/cosponsor-invitations")).json().invitations).toEqual([]);
  });

  it("lets the author invite a delegation later and take the invitation back; a stranger may not invite", async () => {
    const a = await propose(spain, { action: "delete", target: paragraphs[0]!.id, author: "Spain" });
    const view = (await call(spain, "GET", `/api/v1/amendments/${a.id}/cosponsors`)).json();
    expect(view.permissions.invite).toBe(true);
    expect(view.choices).toEqual(expect.arrayContaining(["Mexico", "Chile"]));
    expect(view.choices).not.toContain("Spain");
    expect(
      (await call(chile, "POST", `/api/v1/amendments/${a.id}/cosponsors`, { invitations: [{ delegation: "Chile" }] })).statusCode,
    ).toBe(403);
    const invited = await call(spain, "POST", `/api/v1/amendments/${a.id}/cosponsors`, { invitations: [{ delegation: "chile" }] });
    expect(invited.statusCode, invited.body).toBe(201);
    const [toChile] = invited.json().cosponsorships as Json[];
    expect(toChile).toMatchObject({ delegation: "Chile", status: "invited", permissions: { accept: false, withdraw: true } });
    const back = await call(spain, "POST", `/api/v1/cosponsorships/${toChile!.id}/steps`, { step: "withdraw", version: 1 });
    expect(back.json().cosponsorships[0].status).toBe("withdrawn");
    expect((await call(chile, "POST", `/api/v1/cosponsorships/${toChile!.id}/steps`, { step: "accept", version: 2 })).statusCode).toBe(409);
  });

  it("filters the amendment list by status, author or co-sponsor, paragraph and language on the server", async () => {
    const [p1, p2] = [paragraphs[0]!, paragraphs[1]!];
    const one = await propose(spain, { action: "delete", target: p1.id, author: "Spain", coSponsors: ["Mexico"] });
    const two = await propose(mexico, { action: "delete", target: p2.id, author: "Mexico", language: "fr" });
    const three = await propose(spain, { action: "delete", target: p2.id, author: "Spain", submit: false });
    const invitation = (await call(mexico, "GET", "/api/v1/me/cosponsor-invitations")).json().invitations[0];
    await call(mexico, "POST", `/api/v1/cosponsorships/${invitation.id}/steps`, { step: "accept", version: 1 });
    const numbers = async (query: string) => (await list(query)).map((x) => x.id);
    expect(await numbers("?status=draft")).toEqual([three.id]);
    expect(await numbers("?author=mexico")).toEqual([one.id, two.id]);
    expect(await numbers(`?paragraph=${p2.label}`)).toEqual([two.id, three.id]);
    expect(await numbers(`?paragraph=${p2.id}&language=fr`)).toEqual([two.id]);
    expect(await numbers("?paragraph=OP999")).toEqual([]);
    expect((await call(spain, "GET", `/api/v1/drafts/${draftId}/amendments?status=nonsense`)).statusCode).toBe(400);
  });
});

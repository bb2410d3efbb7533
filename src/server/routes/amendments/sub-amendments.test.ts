import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandChanges } from "../../../api/changes.js";
import { applyChanges } from "../../../domain/text/diff.js";
import { onRecord } from "../../../test-support/factories.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";

interface Who {
  cookie: string;
  csrfToken: string;
}
interface Paragraph {
  id: string;
  label: string;
  text: { versions: { en?: { text: string } } };
}

describe.each(storeKinds())("amendments to amendments through the API on %s", (kind) => {
  let t: TestApp;
  let draftId: string;
  let paragraphs: Paragraph[];
  let delegate: Who;
  let secretariat: Who;

  const call = (who: Who | null, method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });
  const propose = (body: Record<string, unknown>) =>
    call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, { language: "en", author: "Spain", submit: true, ...body });
  const accept = async (a: { id: string; version: number }) => {
    const res = await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, {
      version: a.version,
      transition: { type: "accept" },
    });
    expect(res.statusCode).toBe(200);
  };
  const wording = (label: string) => paragraphs.find((p) => p.label === label)!.text.versions.en!.text;

  beforeAll(async () => {
    t = await testApp(kind);
    const sittings = (await t.app.inject({ url: "/api/v1/sittings" })).json();
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittings.sittings[0].id}` })).json();
    draftId = detail.draftResolutions[0].id;
    paragraphs = (await t.app.inject({ url: `/api/v1/sittings/${sittings.sittings[0].id}/draft-texts` })).json().drafts[0].paragraphs;
    await onRecord(t, await accountWith(t, "delegate@example.org", [{ role: "participant", scope: `group:${detail.groups[0].id}` }]), {
      parliament: "Spain",
    });
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    delegate = await signIn(t, "delegate@example.org");
    secretariat = await signIn(t, "secretariat@example.org");
  });
  afterAll(async () => t.close());

  it("takes a paragraph's label as well as its id, and names what it cannot read", async () => {
    const byLabel = await propose({ action: "amend", target: "op 2", text: `${wording("OP2")} Again.`, submit: false });
    expect(byLabel.statusCode).toBe(201);
    expect(byLabel.json()).toMatchObject({ target: paragraphs.find((p) => p.label === "OP2")!.id, targetLabel: "OP2", parent: null });
    const unknown = await propose({ action: "delete", target: "OP99" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe("target");
    const neither = await propose({ action: "amend", text: "Words." });
    expect(neither.statusCode).toBe(400);
    const noParent = await propose({ action: "amend", parent: 999, text: "Words." });
    expect(noParent.json().error.issues[0].path).toBe("parent");
  });

  it("tables a sub-amendment by the amendment's number, shows its changes against the tabled wording, votes it first and applies it", async () => {
    const tabled = `${wording("OP1").replace(/;$/, "")}, with particular attention to girls;`;
    const parent = (await propose({ action: "amend", target: "OP1", text: tabled })).json();
    const res = await propose({ action: "amend", parent: parent.number, text: tabled.replace("girls", "girls and young women") });
    expect(res.statusCode).toBe(201);
    const sub = res.json();
    expect(sub).toMatchObject({ parent: parent.id, target: null, targetLabel: "OP1" });
    const inserted = sub.changes
      .filter((c: { op: string }) => c.op === "insert")
      .map((c: { text: string }) => c.text)
      .join("");
    expect(inserted.trim()).toBe("and young women");
    const listed = (await call(null, "GET", `/api/v1/drafts/${draftId}/amendments`)).json().amendments;
    // The list names the kept words by place in the wording the sub-amendment amends, which the list carries.
    const listedSub = listed.find((a: { id: string }) => a.id === sub.id);
    expect(listedSub.changes.some((c: object) => "from" in c)).toBe(true);
    const listedParent = listed.find((a: { id: string }) => a.id === parent.id);
    expect(listedParent).not.toHaveProperty("text");
    const parentWording = applyChanges(expandChanges(listedParent.changes, wording("OP1")));
    expect(parentWording).toBe(tabled);
    expect(expandChanges(listedSub.changes, parentWording)).toEqual(sub.changes);

    const before = (await call(null, "GET", `/api/v1/drafts/${draftId}/consolidation?lang=en`)).json();
    const place = before.votingOrder.find((v: { label: string }) => v.label === "OP1");
    expect(place.order).toEqual([sub.id, parent.id]);
    expect(place.amends).toEqual({ [sub.id]: parent.id });
    const compiledRes = await call(secretariat, "GET", `/api/v1/drafts/${draftId}/compilation`);
    expect(compiledRes.statusCode).toBe(200);
    const compiled = compiledRes.json();
    expect(compiled.votingOrder.find((v: { label: string }) => v.label === "OP1").amends).toEqual({ [sub.id]: parent.id });
    const wordings = compiled.places.find((p: { label: string }) => p.label === "OP1").wordings;
    expect(wordings.find((w: { amends: string | null }) => w.amends === parent.id).amendments[0].id).toBe(sub.id);

    await accept(sub);
    await accept({ id: parent.id, version: parent.version });
    const after = (await call(null, "GET", `/api/v1/drafts/${draftId}/consolidation?lang=en`)).json();
    expect(after.subAmended).toEqual([
      expect.objectContaining({
        amendment: parent.id,
        subAmendments: [sub.id],
        tabled,
        wording: tabled.replace("girls", "girls and young women"),
      }),
    ]);
    expect(after.subAmended[0].html).toMatch(/<ins[^>]*>\s*and young women/);
    expect(after.paragraphs.find((p: { previousLabel: string }) => p.previousLabel === "OP1").text.versions.en.text).toMatch(
      /girls and young women;$/,
    );
  });

  it("reads an amendment to a proposed new paragraph (new-<id>) as a sub-amendment of the amendment that proposes it", async () => {
    const insert = (
      await propose({ action: "insert", after: "OP3", kind: "operative", text: "Invites parliaments to report back;" })
    ).json();
    const res = await propose({ action: "amend", target: `new-${insert.id}`, text: "Invites parliaments to report back every year;" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ parent: insert.id, target: null });
    const mismatch = await propose({ action: "delete", target: `new-${insert.id}`, parent: 1 });
    expect(mismatch.json().error.issues[0].path).toBe("parent");
  });

  it("names the merged paragraphs and, for a conflict, the disputed words with every wording", async () => {
    const op4 = wording("OP4");
    const words = op4.split(" ");
    const first = words.map((w, i) => (i === 1 ? `${w} also` : w)).join(" ");
    const last = `${op4.replace(/[;.]$/, "")} today;`;
    for (const text of [first, last]) await accept((await propose({ action: "amend", target: "OP4", text })).json());
    for (const text of ["Urges parliaments to act now;", "Urges parliaments to act without delay;"]) {
      await accept((await propose({ action: "amend", target: "OP5", text })).json());
    }
    const c = (await call(null, "GET", `/api/v1/drafts/${draftId}/consolidation?lang=en`)).json();
    expect(c.merges.map((m: { label: string }) => m.label)).toContain("OP4");
    const conflict = c.conflicts.find((x: { label: string }) => x.label === "OP5");
    expect(conflict.disputes.length).toBeGreaterThan(0);
    const texts = conflict.disputes.flatMap((d: { wordings: { text: string }[] }) => d.wordings.map((w) => w.text)).join(" | ");
    expect(texts).toMatch(/now/);
    expect(texts).toMatch(/without delay/);
    expect(conflict.disputes[0].original.length).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRecord } from "../../../test-support/factories.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import { expandChanges, type ChangeRun } from "../../../api/changes.js";
import { applyChanges } from "../../../domain/text/diff.js";

describe.each(storeKinds())("amendments API on %s", (kind) => {
  let t: TestApp;
  let draftId: string;
  let paragraphs: { id: string; label: string; text: { versions: { en?: { text: string } } } }[];
  let delegate: { cookie: string; csrfToken: string };
  let secretariat: { cookie: string; csrfToken: string };
  let groupId: string;

  const call = (who: { cookie: string; csrfToken: string } | null, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });

  beforeAll(async () => {
    t = await testApp(kind);
    const sittings = (await t.app.inject({ url: "/api/v1/sittings" })).json();
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittings.sittings[0].id}` })).json();
    draftId = detail.draftResolutions[0].id;
    paragraphs = (await t.app.inject({ url: `/api/v1/sittings/${sittings.sittings[0].id}/draft-texts` })).json().drafts[0].paragraphs;
    groupId = detail.groups[0].id;
    await onRecord(t, await accountWith(t, "delegate@example.org", [{ role: "participant", scope: `group:${groupId}` }]), {
      parliament: "Spain",
    });
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "observer@example.org", [{ role: "observer", scope: null }]);
    delegate = await signIn(t, "delegate@example.org");
    secretariat = await signIn(t, "secretariat@example.org");
  });
  afterAll(async () => t.close());

  const op = (label: string) => paragraphs.find((p) => p.label === label)!;

  it("proposes an amendment with its word-level changes, private while a draft", async () => {
    const original = op("OP1").text.versions.en!.text;
    const res = await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: op("OP1").id,
      text: original.replace(/;$/, ", with particular attention to girls;"),
      language: "en",
      author: "Spain",
    });
    expect(res.statusCode).toBe(201);
    const asFreeText = await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "delete",
      target: op("OP1").id,
      language: "en",
      author: "Delegation of Spain",
    });
    expect(asFreeText.statusCode).toBe(400);
    expect(asFreeText.json().error.issues).toEqual([{ path: "author", message: expect.stringContaining('choose "Spain"') }]);
    const a = res.json();
    expect(a).toMatchObject({ number: 1, status: "draft", targetLabel: "OP1" });
    expect(
      a.changes
        .filter((c: { op: string }) => c.op === "insert")
        .map((c: { text: string }) => c.text)
        .join(""),
    ).toMatch(/with particular attention to girls/);
    const publicList = (await call(null, "GET", `/api/v1/drafts/${draftId}/amendments`)).json();
    expect(publicList.amendments).toHaveLength(0);
    const own = (await call(delegate, "GET", `/api/v1/drafts/${draftId}/amendments`)).json();
    expect(own.amendments).toHaveLength(1);
  });

  it("lists each change with only its new words, naming the kept and deleted ones by place in the paragraph; tagged by the event position", async () => {
    const original = op("OP2").text.versions.en!.text;
    const propose = async (body: object) =>
      (
        await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
          target: op("OP2").id,
          language: "en",
          author: "Spain",
          ...body,
        })
      ).json();
    const amended = await propose({ action: "amend", text: original.replace(/;$/, ", without delay;") });
    const deleted = await propose({ action: "delete" });
    const url = `/api/v1/drafts/${draftId}/amendments`;
    const first = await call(delegate, "GET", url);
    const listed = (id: string) =>
      first.json().amendments.find((a: { id: string }) => a.id === id) as { changes: ChangeRun[]; text?: string | null };
    for (const proposed of [amended, deleted]) {
      const { changes } = listed(proposed.id);
      expect(changes.filter((c) => c.op !== "insert").every((c) => "from" in c && !("text" in c))).toBe(true);
      expect(expandChanges(changes, original)).toEqual(proposed.changes);
    }
    expect(listed(amended.id).changes.filter((c) => c.op === "insert")).toEqual([
      { op: "insert", text: expect.stringContaining("without delay") },
    ]);
    // The amendment's wording is the one its change gives, so the list leaves it out; a deletion has none.
    expect(listed(amended.id)).not.toHaveProperty("text");
    expect(applyChanges(expandChanges(listed(amended.id).changes, original))).toBe(amended.text);
    expect(listed(deleted.id).text).toBeNull();
    expect(first.body).not.toContain(original.slice(0, 30));
    const headers = { cookie: delegate.cookie, "if-none-match": first.headers.etag as string };
    expect((await t.app.inject({ url, headers })).statusCode).toBe(304);
    await t.writer.run(null, async (ctx) =>
      ctx.record({ type: "test.moved", subject: `draft:${draftId}`, sittingId: null, scope: "public", payload: {} }),
    );
    const moved = await t.app.inject({ url, headers });
    expect(moved.statusCode).toBe(200);
  });

  it("lets the author submit, refuses the author's decision, refuses stale versions and invalid transitions", async () => {
    const [a] = (await call(delegate, "GET", `/api/v1/drafts/${draftId}/amendments`)).json().amendments;
    const submitted = await call(delegate, "POST", `/api/v1/amendments/${a.id}/transitions`, {
      version: a.version,
      transition: { type: "submit" },
    });
    expect(submitted.json()).toMatchObject({ status: "submitted", version: 2 });
    const byDelegate = await call(delegate, "POST", `/api/v1/amendments/${a.id}/transitions`, {
      version: 2,
      transition: { type: "accept" },
    });
    expect(byDelegate.statusCode).toBe(403);
    const stale = await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, { version: 1, transition: { type: "accept" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_version");
    const accepted = await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, {
      version: 2,
      transition: { type: "accept" },
    });
    expect(accepted.json().status).toBe("accepted");
    const again = await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, { version: 3, transition: { type: "reject" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("invalid_transition");
  });

  it("refuses observers, the public and amendments to paragraphs that do not exist", async () => {
    const observer = await signIn(t, "observer@example.org");
    const body = { action: "delete", target: op("OP2").id, language: "en", author: "X" };
    expect((await call(observer, "POST", `/api/v1/drafts/${draftId}/amendments`, body)).statusCode).toBe(403);
    expect((await call(null, "POST", `/api/v1/drafts/${draftId}/amendments`, body)).statusCode).toBe(401);
    const bad = await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, { ...body, target: "no-such-paragraph" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toMatch(/target/);
  });

  it("consolidates accepted amendments and reports two accepted ones on one paragraph as a conflict", async () => {
    for (const text of ["Urges parliaments to act now;", "Urges parliaments to act without delay;"]) {
      const a = (
        await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
          action: "amend",
          target: op("OP3").id,
          text,
          language: "en",
          author: "Spain",
          submit: true,
        })
      ).json();
      await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, { version: a.version, transition: { type: "accept" } });
    }
    const c = (await call(null, "GET", `/api/v1/drafts/${draftId}/consolidation?lang=en`)).json();
    const op1 = c.paragraphs.find((p: { previousLabel: string }) => p.previousLabel === "OP1");
    expect(op1.outcome).toBe("amended");
    expect(op1.html).toMatch(/<ins[^>]*>.*particular attention to girls/);
    expect(c.conflicts).toHaveLength(1);
    expect(c.conflicts[0].label).toBe("OP3");
    expect(c.votingOrder.find((v: { label: string }) => v.label === "OP3").order).toHaveLength(2);
  });

  it("refuses submissions after the draft's deadline on every submit path, and the draft stays as it was", async () => {
    const set = await call(secretariat, "PUT", `/api/v1/drafts/${draftId}/deadline`, { local: "2021-11-27T18:00" });
    expect(set.statusCode).toBe(200);
    const late = await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "delete",
      target: op("OP5").id,
      language: "en",
      author: "Spain",
      submit: true,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("deadline_passed");
    expect(late.json().error.message).toMatch(/27 November 2021/);
    const draft = (
      await call(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
        action: "delete",
        target: op("OP5").id,
        language: "en",
        author: "Spain",
      })
    ).json();
    const submit = await call(delegate, "POST", `/api/v1/amendments/${draft.id}/transitions`, {
      version: draft.version,
      transition: { type: "submit" },
    });
    expect(submit.statusCode).toBe(409);
    expect(submit.json().error.code).toBe("deadline_passed");
    const mine = (await call(delegate, "GET", `/api/v1/drafts/${draftId}/amendments`)).json().amendments;
    expect(mine.find((a: { id: string }) => a.id === draft.id).status).toBe("draft");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { onRecord } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string } | null;

describe.each(storeKinds())("translations API on %s", (kind) => {
  let t: TestApp;
  let draftId: string;
  let g1: string;
  let question: string;
  let g2: string;
  let question2: string;
  let op1: string;
  const who: Record<string, Who> = {};

  const call = (w: Who, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: w ? { cookie: w.cookie, "x-csrf-token": w.csrfToken } : {},
    });

  beforeAll(async () => {
    t = await testApp(kind);
    const sitting = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0];
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sitting.id}` })).json();
    draftId = detail.draftResolutions[0].id;
    g1 = detail.groups[0].id;
    question = detail.groups[0].guidingQuestions[0].id;
    g2 = detail.groups[1].id;
    question2 = detail.groups[1].guidingQuestions[0].id;
    const paragraphs = (await t.app.inject({ url: `/api/v1/sittings/${sitting.id}/draft-texts` })).json().drafts[0].paragraphs;
    op1 = paragraphs.find((p: { label: string }) => p.label === "OP1").id;
    const accounts: [string, { role: "rapporteur" | "chair" | "participant" | "secretariat" | "translator"; scope: string | null }[]][] = [
      ["rapporteur", [{ role: "rapporteur", scope: `group:${g1}` }]],
      ["chair", [{ role: "chair", scope: `group:${g1}` }]],
      ["delegate", [{ role: "participant", scope: null }]],
      ["translator", [{ role: "translator", scope: null }]],
      ["secretariat", [{ role: "secretariat", scope: null }]],
    ];
    for (const [name, roles] of accounts) {
      const accountId = await accountWith(t, `${name}@example.org`, roles);
      if (name === "delegate") await onRecord(t, accountId, { parliament: "Egypt", name: "Egypt Delegate" });
      who[name] = await signIn(t, `${name}@example.org`);
    }
  });
  afterAll(async () => t.close());

  it("asks for a group's recommendation in the draft's other language once the group agrees it, not while it is drafted", async () => {
    const started = await call(who.rapporteur!, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId });
    const recId = started.json().id as string;
    const written = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/texts`, {
      version: started.json().version,
      texts: [{ questionId: question, text: "Laws must name online grooming as an offence.", language: "en", contributions: [] }],
    });
    expect(written.statusCode).toBe(200);
    const queue = () => call(who.translator!, "GET", "/api/v1/translations?status=all");
    expect((await queue()).json().tasks.filter((x: { sourceKind: string }) => x.sourceKind === "recommendation")).toEqual([]);
    const agreed = await call(who.chair!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version: written.json().version,
      transition: { type: "agree", decision: { method: "consensus" } },
    });
    expect(agreed.json().status).toBe("agreed");
    const tasks = (await queue()).json().tasks.filter((x: { sourceKind: string }) => x.sourceKind === "recommendation");
    expect(tasks).toEqual([
      expect.objectContaining({ sourceId: recId, part: question, sourceLanguage: "en", language: "ar", status: "open", question: 1 }),
    ]);
    const detail = (await call(who.translator!, "GET", `/api/v1/translations/${tasks[0].id}`)).json();
    expect(detail.source.text).toBe("Laws must name online grooming as an offence.");
  });

  it("serves a recommendation's final translation to whoever may read it: its group until presented, then everyone", async () => {
    // Group 2's own rapporteur and chair, so that this test stands apart from group 1's.
    await accountWith(t, "rapporteur2@example.org", [{ role: "rapporteur", scope: `group:${g2}` }]);
    await accountWith(t, "chair2@example.org", [{ role: "chair", scope: `group:${g2}` }]);
    const rapporteur = await signIn(t, "rapporteur2@example.org");
    const chair = await signIn(t, "chair2@example.org");
    const started = await call(rapporteur, "POST", `/api/v1/groups/${g2}/recommendations`, { draftId });
    const recId = started.json().id as string;
    const written = await call(rapporteur, "PUT", `/api/v1/recommendations/${recId}/texts`, {
      version: started.json().version,
      texts: [
        { questionId: question2, text: "Parliaments should hear survivors before they legislate.", language: "en", contributions: [] },
      ],
    });
    const agreed = await call(chair, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version: written.json().version,
      transition: { type: "agree", decision: { method: "consensus" } },
    });
    const task = (await call(who.translator!, "GET", "/api/v1/translations?lang=ar&status=all"))
      .json()
      .tasks.find((x: { sourceId: string }) => x.sourceId === recId);
    const arabic = "ينبغي للبرلمانات أن تستمع إلى الناجين قبل أن تشرّع.";
    const done = await call(who.translator!, "POST", `/api/v1/translations/${task.id}/submission`, { text: arabic, version: task.version });
    expect(done.json().status).toBe("final");

    const seen = async (w: Who) =>
      (await call(w, "GET", `/api/v1/drafts/${draftId}/translations?lang=ar`))
        .json()
        .items.find((x: { sourceId: string }) => x.sourceId === recId);
    expect(await seen(rapporteur)).toMatchObject({ sourceKind: "recommendation", part: question2, status: "final", text: arabic });
    // Agreed but not yet presented, it is still the group's own work.
    expect(await seen(who.delegate!)).toBeUndefined();
    expect(await seen(null)).toBeUndefined();
    const presented = await call(rapporteur, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version: agreed.json().version,
      transition: { type: "present" },
    });
    expect(presented.json().status).toBe("presented");
    expect(await seen(who.delegate!)).toMatchObject({ status: "final", text: arabic });
    expect(await seen(null)).toMatchObject({ status: "final", text: arabic });
  });

  it("lets a translator translate a tabled amendment over HTTP, refuses a delegate, and serves the reader's language to anyone", async () => {
    const tabled = await call(who.delegate!, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: op1,
      text: "يدعو البرلمانات إلى التحرك دون تأخير؛",
      language: "ar",
      author: "Egypt",
      submit: true,
    });
    expect(tabled.statusCode).toBe(201);
    const amendmentId = tabled.json().id as string;
    expect((await call(who.delegate!, "GET", "/api/v1/translations")).statusCode).toBe(403);
    expect((await call(null, "GET", "/api/v1/translations")).statusCode).toBe(401);
    const waiting = (await call(who.translator!, "GET", "/api/v1/translations?lang=en")).json();
    const task = waiting.tasks.find((x: { sourceId: string }) => x.sourceId === amendmentId);
    expect(task).toMatchObject({ status: "open", sourceLanguage: "ar", language: "en", label: "OP1" });
    expect(waiting.permissions).toEqual({ assign: false, turnaround: false });
    const body = { text: "Calls upon parliaments to act without delay;", version: task.version };
    expect((await call(who.delegate!, "POST", `/api/v1/translations/${task.id}/submission`, body)).statusCode).toBe(403);
    const done = await call(who.translator!, "POST", `/api/v1/translations/${task.id}/submission`, body);
    expect(done.json()).toMatchObject({ status: "final", text: body.text, permissions: { submit: false, reopen: true } });
    const read = (await call(null, "GET", `/api/v1/drafts/${draftId}/translations?lang=en`)).json();
    expect(read.items.find((x: { sourceId: string }) => x.sourceId === amendmentId)).toMatchObject({ status: "final", text: body.text });
    expect(read.turnarounds).toEqual([]);
    const staff = (await call(who.secretariat!, "GET", `/api/v1/drafts/${draftId}/translations?lang=en`)).json();
    expect(staff.turnarounds.find((x: { sourceId: string }) => x.sourceId === amendmentId).milliseconds).toEqual(expect.any(Number));
    const tasksOfTranslator = (await call(who.translator!, "GET", "/api/v1/me/tasks")).json().tasks;
    // Nothing of this amendment waits any more on the translator's start page.
    expect(tasksOfTranslator.filter((x: { kind: string; subject: string }) => x.kind === "translate" && x.subject === "amendment")).toEqual(
      [],
    );
  });
});

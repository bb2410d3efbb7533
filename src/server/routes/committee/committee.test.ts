import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { onRecord } from "../../../test-support/factories.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";
import { clockedTestApp, settableClock } from "../../../test-support/clock.js";
import { asId, type AccountId, type DiscussionGroupId, type SittingId, type GuidingQuestionId } from "../../../domain/ids.js";

type Who = { cookie: string; csrfToken: string } | null;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case from the groups' recommendations to the adopted resolution, with every right on the way. */
describe.each(storeKinds())("from recommendations to the revised draft on %s", (kind) => {
  const clock = settableClock();
  let t: TestApp;
  let base: string;
  let sittingId: SittingId;
  let draftId: string;
  let draftVersion: number;
  let forumId: string;
  let committeeId: string;
  let g1: DiscussionGroupId;
  let g2: string;
  let q1: GuidingQuestionId;
  let contributionId: string;
  let op: (label: string) => { id: string; text: { versions: { en?: { text: string } } } };
  const who: Record<string, Who> = {};
  const rec: Record<string, Json> = {};

  const call = async (w: Who, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) => {
    const res = await t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: w ? { cookie: w.cookie, "x-csrf-token": w.csrfToken } : {},
    });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const ok = async (w: Who, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) => {
    const res = await call(w, method, url, payload);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await clockedTestApp(kind, clock);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const sitting = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0];
    sittingId = sitting.id;
    forumId = sitting.body.id;
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    const draft = detail.draftResolutions[0];
    draftId = draft.id;
    draftVersion = draft.version;
    committeeId = draft.committee.id;
    [g1, g2] = detail.groups.map((g: { id: DiscussionGroupId }) => g.id);
    q1 = asId<GuidingQuestionId>(detail.groups[0].guidingQuestions[0].id);
    const { paragraphs } = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}/draft-texts` })).json().drafts[0];
    op = (label) => paragraphs.find((p: { label: string }) => p.label === label);
    const accounts: [
      string,
      { role: "rapporteur" | "chair" | "participant" | "secretariat" | "presiding_officer"; scope: string | null }[],
    ][] = [
      ["rap1", [{ role: "rapporteur", scope: `group:${g1}` }]],
      ["rap2", [{ role: "rapporteur", scope: `group:${g2}` }]],
      ["chair1", [{ role: "chair", scope: `group:${g1}` }]],
      ["chair2", [{ role: "chair", scope: `group:${g2}` }]],
      ["president", [{ role: "presiding_officer", scope: `body:${forumId}` }]],
      ["secretariat", [{ role: "secretariat", scope: null }]],
      ["spain", [{ role: "participant", scope: null }]],
      ["kenya", [{ role: "participant", scope: null }]],
      ["france", [{ role: "participant", scope: null }]],
    ];
    const ids: Record<string, AccountId> = {};
    for (const [name, roles] of accounts) {
      ids[name] = await accountWith(t, `${name}@example.org`, roles);
      if (roles[0]?.role === "participant") await onRecord(t, ids[name]!, { parliament: name[0]!.toUpperCase() + name.slice(1) });
      who[name] = await signIn(t, `${name}@example.org`);
    }
    contributionId = randomUUID();
    await t.writer.run(null, async (ctx) => {
      await ctx.trx
        .insertInto("contributions")
        .values({
          id: contributionId,
          group_id: g1,
          sitting_id: sittingId,
          question_id: q1,
          account_id: ids.rap1!,
          text: "Name grooming as an offence everywhere.",
          paragraph_ids: "[]",
          created_at: ctx.now,
        })
        .execute();
    });
  });
  afterAll(async () => t.close());

  const same = () => `${op("OP1").text.versions.en!.text.replace(/[;.,]$/, "")}, in particular for girls;`;

  it("drafts two groups' recommendations with amendments, agreed and presented", async () => {
    const tasks = await ok(who.rap2!, "GET", "/api/v1/me/tasks");
    expect(tasks.tasks).toContainEqual(expect.objectContaining({ kind: "finish_recommendation", groupId: g2, draftId, subject: null }));
    expect(tasks.sittings).toContain(sittingId);

    for (const [n, group] of [
      ["1", g1],
      ["2", g2],
    ] as const) {
      rec[n] = await ok(who[`rap${n}`]!, "POST", `/api/v1/groups/${group}/recommendations`, { draftId });
    }
    rec["1"] = await ok(who.rap1!, "PUT", `/api/v1/recommendations/${rec["1"]!.id}/texts`, {
      version: rec["1"]!.version,
      texts: [{ questionId: q1, text: "Criminalize grooming.", language: "en", contributions: [contributionId] }],
    });
    const add = async (n: string, body: Json) =>
      (rec[n] = await ok(who[`rap${n}`]!, "POST", `/api/v1/recommendations/${rec[n]!.id}/amendments`, {
        version: rec[n]!.version,
        language: "en",
        ...body,
      }));
    await add("1", { action: "amend", target: op("OP1").id, text: same(), contributions: [contributionId] });
    await add("1", { action: "amend", target: op("OP3").id, text: "Urges governments to legislate without delay;" });
    await add("1", { action: "insert", after: op("OP5").id, kind: "operative", text: "Invites parliaments to report on progress;" });
    await add("2", { action: "amend", target: op("OP1").id, text: `  ${same().replace(" in particular", "  in particular")}` });
    await add("2", { action: "delete", target: op("OP3").id });
    const bad = await call(who.rap2!, "POST", `/api/v1/recommendations/${rec["2"]!.id}/amendments`, {
      version: rec["2"]!.version,
      language: "en",
      action: "amend",
      target: op("OP2").id,
      text: "x",
      contributions: [contributionId],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("body.contributions.0");

    rec["1"] = await ok(who.chair1!, "POST", `/api/v1/recommendations/${rec["1"]!.id}/transitions`, {
      version: rec["1"]!.version,
      transition: { type: "agree", decision: { method: "consensus" } },
    });
    rec["2"] = await ok(who.chair2!, "POST", `/api/v1/recommendations/${rec["2"]!.id}/transitions`, {
      version: rec["2"]!.version,
      transition: { type: "agree", decision: { method: "show_of_hands", for: 11, against: 2, abstain: 1 } },
    });
    expect(
      (
        await call(who.chair2!, "POST", `/api/v1/recommendations/${rec["2"]!.id}/transitions`, {
          version: rec["2"]!.version,
          transition: { type: "present" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(who.rap1!, "POST", `/api/v1/recommendations/${rec["2"]!.id}/transitions`, {
          version: rec["2"]!.version,
          transition: { type: "present" },
        })
      ).status,
    ).toBe(404);
    for (const n of ["1", "2"])
      rec[n] = await ok(who[`rap${n}`]!, "POST", `/api/v1/recommendations/${rec[n]!.id}/transitions`, {
        version: rec[n]!.version,
        transition: { type: "present" },
      });
    expect(rec["2"]!.status).toBe("presented");
    expect((await ok(who.president!, "GET", "/api/v1/me/tasks")).tasks).toContainEqual(
      expect.objectContaining({ kind: "adopt_recommendations", bodyId: forumId, count: 2 }),
    );
    expect((await ok(who.secretariat!, "GET", "/api/v1/me/tasks")).tasks).toContainEqual(
      expect.objectContaining({ kind: "adopt_recommendations", bodyId: forumId, count: 2 }),
    );
  });

  let adoption: Json;

  it("lets only the presiding officer adopt the body's set: one merge credited to both groups, one conflict resolved", async () => {
    expect((await call(who.rap1!, "GET", `/api/v1/bodies/${forumId}/drafts/${draftId}/adoption-plan`)).status).toBe(403);
    const plan = await ok(who.president!, "GET", `/api/v1/bodies/${forumId}/drafts/${draftId}/adoption-plan`);
    const op1 = plan.places.find((p: Json) => p.label === "OP1");
    expect(op1).toMatchObject({ conflict: false });
    expect(op1.options[0]).toHaveLength(2);
    const op3 = plan.places.find((p: Json) => p.label === "OP3");
    expect(op3.conflict).toBe(true);

    const body = {
      draftId,
      recommendationIds: [rec["1"]!.id, rec["2"]!.id],
      decision: { method: "show_of_hands", for: 40, against: 3, abstain: 5 },
    };
    expect((await call(who.rap1!, "POST", `/api/v1/bodies/${forumId}/adoptions`, body)).status).toBe(403);
    const unresolved = await call(who.president!, "POST", `/api/v1/bodies/${forumId}/adoptions`, body);
    expect(unresolved.status).toBe(400);
    expect(unresolved.body.error.issues[0].path).toBe(`resolutions.${op3.key}`);
    adoption = await ok(who.president!, "POST", `/api/v1/bodies/${forumId}/adoptions`, {
      ...body,
      resolutions: { [op3.key]: { compromise: "Urges governments to review and update their legislation without delay;", language: "en" } },
    });
    expect(adoption.amendments.map((a: Json) => a.how).sort()).toEqual(["compromise", "merged", "single"]);
    const merged = adoption.amendments.find((a: Json) => a.how === "merged");
    expect(merged.sources.map((s: Json) => s.recommendationId).sort()).toEqual([rec["1"]!.id, rec["2"]!.id].sort());
    const list = await ok(who.secretariat!, "GET", `/api/v1/drafts/${draftId}/amendments`);
    const bodyOp1 = list.amendments.find((a: Json) => a.id === merged.id);
    expect(bodyOp1).toMatchObject({ author: "Forum of Women Parliamentarians", status: "draft" });
    expect(bodyOp1.provenance.split(" ").sort()).toEqual([`recommendation:${rec["1"]!.id}`, `recommendation:${rec["2"]!.id}`].sort());
    expect((await ok(null, "GET", `/api/v1/recommendations/${rec["1"]!.id}`)).status).toBe("adopted");
    const raw = list.amendments.find((a: Json) => a.id === merged.sources[0].amendmentId);
    const again = await call(who.rap1!, "POST", `/api/v1/amendments/${raw.id}/submission`, { version: raw.version });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("invalid_transition");
    expect(again.body.error.message).toContain(`amendment ${merged.number}`);
  });

  const amend = async (w: Who, target: string, text: string, author: string) =>
    ok(w, "POST", `/api/v1/drafts/${draftId}/amendments`, { action: "amend", target, text, language: "en", author });
  let spain: Json;
  let kenya: Json;
  let france: Json;
  let spain7: Json;
  let kenya7: Json;

  it("judges submissions on the server clock against the deadline in Madrid time; a late one needs the secretariat", async () => {
    expect((await call(who.spain!, "PUT", `/api/v1/drafts/${draftId}/deadline`, { local: "2021-11-27T18:00" })).status).toBe(403);
    expect((await call(who.secretariat!, "PUT", `/api/v1/drafts/${draftId}/deadline`, { local: "2021-11-31T18:00" })).status).toBe(400);
    const deadline = await ok(who.secretariat!, "PUT", `/api/v1/drafts/${draftId}/deadline`, { local: "2021-11-27T18:00" });
    expect(deadline).toMatchObject({
      timeZone: "Europe/Madrid",
      instant: "2021-11-27T17:00:00.000Z",
      description: "27 November 2021, 18:00 (Europe/Madrid)",
    });

    spain = await amend(who.spain!, op("OP2").id, "Calls for cooperation between parliaments and platforms;", "Spain");
    kenya = await amend(who.kenya!, op("OP2").id, "Calls for cooperation  between parliaments and platforms;", "Kenya");
    france = await amend(who.france!, op("OP4").id, "Encourages training of judges;", "France");
    expect((await ok(who.kenya!, "GET", "/api/v1/me/tasks")).tasks).toContainEqual(
      expect.objectContaining({ kind: "deadline", draftId, count: 1 }),
    );

    spain7 = await amend(who.spain!, op("OP7").id, "Calls on parliaments to fund victim support;", "Spain");
    kenya7 = await amend(who.kenya!, op("OP7").id, "Calls on parliaments to fund child helplines;", "Kenya");
    const staff = await TestLiveClient.connect(base, who.secretariat!.cookie);
    staff.send({ type: "subscribe", sittingId, after: 0 });
    await staff.until((m) => m.some((x) => x.type === "subscribed"));

    clock.at = "2021-11-27T16:30:00.000Z";
    const submitted = await ok(who.president!, "POST", `/api/v1/adoptions/${adoption.id}/submission`, {});
    expect(submitted.amendments.every((a: Json) => a.status === "submitted" && a.late === false)).toBe(true);
    expect((await call(who.president!, "POST", `/api/v1/adoptions/${adoption.id}/submission`, {})).body.error.code).toBe(
      "invalid_transition",
    );
    await staff.until((m) => m.filter((x) => x.event?.type === "amendment.submitted").length === 3);
    expect((await ok(who.secretariat!, "GET", "/api/v1/me/tasks")).tasks).toContainEqual(
      expect.objectContaining({ kind: "decide_amendments", draftId, count: 3 }),
    );
    staff.close();
    spain7 = await ok(who.spain!, "POST", `/api/v1/amendments/${spain7.id}/submission`, { version: spain7.version });
    kenya7 = await ok(who.kenya!, "POST", `/api/v1/amendments/${kenya7.id}/submission`, { version: kenya7.version });
    spain = await ok(who.spain!, "POST", `/api/v1/amendments/${spain.id}/submission`, { version: spain.version });
    france = await ok(who.france!, "POST", `/api/v1/amendments/${france.id}/submission`, { version: france.version });
    expect((await call(who.spain!, "POST", `/api/v1/amendments/${kenya.id}/submission`, { version: kenya.version })).status).toBe(404);

    clock.at = "2021-11-27T17:00:01.000Z";
    const late = await call(who.kenya!, "POST", `/api/v1/amendments/${kenya.id}/submission`, { version: kenya.version });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("deadline_passed");
    expect(late.body.error.message).toContain("27 November 2021, 18:00 (Europe/Madrid)");
    expect(
      (
        await call(who.kenya!, "POST", `/api/v1/amendments/${kenya.id}/submission`, {
          version: kenya.version,
          acceptLate: true,
          reason: "please",
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(who.secretariat!, "POST", `/api/v1/amendments/${kenya.id}/submission`, { version: kenya.version, acceptLate: true }))
        .status,
    ).toBe(400);
    kenya = await ok(who.secretariat!, "POST", `/api/v1/amendments/${kenya.id}/submission`, {
      version: kenya.version,
      acceptLate: true,
      reason: "The delegation's flight was delayed",
    });
    expect(kenya).toMatchObject({ status: "submitted", late: true });
    clock.at = null;

    const listed = async () =>
      (await ok(who.france!, "GET", `/api/v1/drafts/${draftId}/amendments`)).amendments.find((a: Json) => a.id === france.id).status;
    expect(await listed()).toBe("submitted");
    const withdrawn = await ok(who.france!, "POST", `/api/v1/amendments/${france.id}/transitions`, {
      version: france.version,
      transition: { type: "withdraw" },
    });
    expect(withdrawn.status).toBe("withdrawn");
    // The list read before the change is not served again after it.
    expect(await listed()).toBe("withdrawn");
    france = withdrawn;
  });

  it("compiles every amendment by paragraph and author, identical texts once, with the voting order", async () => {
    const c = await ok(null, "GET", `/api/v1/drafts/${draftId}/compilation`);
    const op2 = c.places.find((p: Json) => p.label === "OP2");
    expect(op2.wordings).toHaveLength(1);
    expect(op2.wordings[0].authors).toEqual(["Spain", "Kenya"]);
    expect(c.places.find((p: Json) => p.label === "OP4").wordings[0].amendments[0].status).toBe("withdrawn");
    expect(c.places.map((p: Json) => p.label)).toEqual(["OP1", "OP2", "OP3", "OP4", "new paragraph after OP5", "OP7"]);
    expect(c.places.at(-1).wordings).toHaveLength(2);
    expect(c.votingOrder.find((v: Json) => v.label === "OP2").order).toHaveLength(2);
    expect(op2.wordings[0].text).toEqual(expect.any(String));
    // Without the wordings' texts, the same compilation otherwise.
    const brief = await ok(null, "GET", `/api/v1/drafts/${draftId}/compilation?texts=without`);
    expect(brief.places.flatMap((p: Json) => p.wordings).some((w: Json) => "text" in w)).toBe(false);
    const withoutTexts = (places: Json[]) => places.map((p) => ({ ...p, wordings: p.wordings.map(({ text: _text, ...w }: Json) => w) }));
    expect(brief.places).toEqual(withoutTexts(c.places));
    expect(brief.votingOrder).toEqual(c.votingOrder);
    expect((await call(null, "GET", `/api/v1/drafts/${draftId}/compilation?texts=some`)).status).toBe(400);
    expect((await ok(who.secretariat!, "GET", "/api/v1/me/tasks")).tasks).toContainEqual(
      expect.objectContaining({ kind: "decide_amendments", draftId, count: 7 }),
    );
  });

  it("records the committee's decisions with the deciding body; refuses others, a wrong body and a withdrawn amendment", async () => {
    const list = (await ok(who.secretariat!, "GET", `/api/v1/drafts/${draftId}/amendments`)).amendments as Json[];
    const byId = (id: string) => list.find((a) => a.id === id)!;
    const decide = (w: Who, id: string, transition: Json, bodyId = committeeId) =>
      call(w, "POST", `/api/v1/amendments/${id}/committee-decision`, {
        version: byId(id).version,
        transition,
        bodyId,
        decision: { method: "consensus" },
      });
    const [merged, compromise, insert] = ["merged", "compromise", "single"].map(
      (how) => adoption.amendments.find((a: Json) => a.how === how).id as string,
    );

    expect((await decide(who.president!, merged!, { type: "accept" })).status).toBe(403);
    const wrongBody = await decide(who.secretariat!, merged!, { type: "accept" }, forumId);
    expect(wrongBody.status).toBe(400);
    expect(wrongBody.body.error.issues[0].path).toBe("body.bodyId");
    const onWithdrawn = await decide(who.secretariat!, france.id, { type: "accept" });
    expect(onWithdrawn.status).toBe(409);
    expect(onWithdrawn.body.error.code).toBe("invalid_transition");

    const accepted = await decide(who.secretariat!, merged!, { type: "accept" });
    expect(accepted.body.decisions).toEqual([
      expect.objectContaining({ bodyId: committeeId, transition: "accept", decision: { method: "consensus" } }),
    ]);
    expect(
      (
        await decide(who.secretariat!, compromise!, {
          type: "accept_as_revised",
          revisedText: "Urges governments to review their legislation;",
        })
      ).status,
    ).toBe(200);
    expect((await decide(who.secretariat!, insert!, { type: "accept" })).status).toBe(200);
    expect((await decide(who.secretariat!, spain.id, { type: "accept" })).status).toBe(200);
    expect((await decide(who.secretariat!, kenya.id, { type: "merge", into: spain.id })).body.amendment).toMatchObject({
      status: "merged",
      mergedInto: spain.id,
    });
    const again = await decide(who.secretariat!, merged!, { type: "reject" });
    expect(again.status).toBe(409);

    const compromise7 = {
      target: op("OP7").id,
      text: "Calls on parliaments to fund victim support and child helplines;",
      language: "en",
      merge: [spain7.id, kenya7.id],
      bodyId: committeeId,
      decision: { method: "consensus" },
    };
    expect((await call(who.president!, "POST", `/api/v1/drafts/${draftId}/compromises`, compromise7)).status).toBe(403);
    const wrongPlace = await call(who.secretariat!, "POST", `/api/v1/drafts/${draftId}/compromises`, {
      ...compromise7,
      merge: [spain7.id, spain.id],
    });
    expect(wrongPlace.status).toBe(400);
    expect(wrongPlace.body.error.issues[0].path).toBe("body.merge.1");
    const made = await ok(who.secretariat!, "POST", `/api/v1/drafts/${draftId}/compromises`, compromise7);
    expect(made.merged.map((m: Json) => m.status)).toEqual(["merged", "merged"]);
    expect(made.compromise.status).toBe("submitted");
    const acceptCompromise = await call(who.secretariat!, "POST", `/api/v1/amendments/${made.compromise.id}/committee-decision`, {
      version: made.compromise.version,
      transition: { type: "accept" },
      bodyId: committeeId,
      decision: { method: "show_of_hands", for: 20, against: 4, abstain: 2 },
    });
    expect(acceptCompromise.body.amendment.status).toBe("accepted");
  });

  let revised: Json;

  it("says where the labels will move, alone, as the consolidated text says it", async () => {
    const alone = await ok(who.secretariat!, "GET", `/api/v1/drafts/${draftId}/renumbering`);
    const consolidated = await ok(who.secretariat!, "GET", `/api/v1/drafts/${draftId}/consolidation`);
    expect(Object.keys(alone)).toEqual(["renumbering"]);
    expect(alone.renumbering).toEqual(consolidated.renumbering);
    expect(alone.renumbering).toMatchObject({ OP5: "OP5", OP6: "OP7" });
    expect((await call(who.secretariat!, "GET", `/api/v1/drafts/no-such-draft/renumbering`)).status).toBe(404);
  });

  it("produces the revised draft with renumbering as a new version, then records its adoption", async () => {
    expect((await call(who.spain!, "POST", `/api/v1/drafts/${draftId}/revision`, { version: draftVersion })).status).toBe(403);
    revised = await ok(who.secretariat!, "POST", `/api/v1/drafts/${draftId}/revision`, { version: draftVersion });
    expect(revised).toMatchObject({ stage: "revised", symbol: "C-III/143/DR/Rev.1" });
    expect(revised.renumbering).toMatchObject({ OP5: "OP5", OP6: "OP7" });
    const inserted = revised.paragraphs.find((p: Json) => p.origin?.outcome === "inserted");
    expect(inserted.label).toBe("OP6");
    const op3 = revised.paragraphs.find((p: Json) => p.origin?.previousLabel === "OP3");
    expect(op3.text.versions.en.text).toBe("Urges governments to review their legislation;");
    // The Arabic translated the old wording: in the revised draft it is missing until a translator supplies it.
    expect(op3.text.versions.ar).toBeUndefined();
    expect(revised.paragraphs.find((p: Json) => p.origin?.outcome === "unchanged").text.versions.ar.text).toBeTruthy();
    expect(
      (await call(who.secretariat!, "POST", `/api/v1/drafts/${draftId}/revision`, { version: draftVersion + 1 })).body.error.code,
    ).toBe("invalid_transition");

    const body = {
      version: 1,
      bodyId: committeeId,
      decision: {
        method: "roll_call",
        votes: [
          { voter: "Spain", vote: "for" },
          { voter: "Kenya", vote: "for" },
        ],
      },
    };
    expect((await call(who.spain!, "POST", `/api/v1/drafts/${revised.revisedDraftId}/adoption`, body)).status).toBe(403);
    const adopted = await ok(who.secretariat!, "POST", `/api/v1/drafts/${revised.revisedDraftId}/adoption`, body);
    expect(adopted).toMatchObject({ stage: "adopted", version: 2 });
    expect(
      (await call(who.secretariat!, "POST", `/api/v1/drafts/${revised.revisedDraftId}/adoption`, { ...body, version: 2 })).body.error.code,
    ).toBe("invalid_transition");
    const versions = await ok(null, "GET", `/api/v1/drafts/${revised.revisedDraftId}/versions`);
    expect(versions.versions.map((v: Json) => v.stage)).toEqual(["draft", "adopted"]);
    expect(versions.versions[1].adoption.decision.method).toBe("roll_call");
  });

  it("traces a paragraph of the adopted resolution back to amendments, decisions, both groups and the contribution", async () => {
    const p1 = revised.paragraphs.find((p: Json) => p.origin?.previousLabel === "OP1");
    const back = await ok(who.secretariat!, "GET", `/api/v1/drafts/${revised.revisedDraftId}/paragraphs/${p1.id}/provenance`);
    expect(back.origin).toMatchObject({ previousLabel: "OP1", label: "OP1", outcome: "amended" });
    const [a] = back.amendments;
    expect(a).toMatchObject({ author: "Forum of Women Parliamentarians", status: "accepted", submission: { late: false } });
    expect(a.decisions[0]).toMatchObject({ bodyId: committeeId, transition: "accept" });
    expect(a.bodyAdoption).toMatchObject({ how: "merged", decision: { method: "show_of_hands", for: 40 } });
    expect(a.recommendations.map((r: Json) => r.groupNumber).sort()).toEqual([1, 2]);
    expect(a.recommendations.find((r: Json) => r.groupNumber === 1).contributions[0]).toMatchObject({
      id: contributionId,
      text: "Name grooming as an offence everywhere.",
    });
    expect(back.previous).toMatchObject({ label: "OP1", revisedFrom: null });

    const p2 = revised.paragraphs.find((p: Json) => p.origin?.previousLabel === "OP2");
    const op2 = await ok(null, "GET", `/api/v1/drafts/${revised.revisedDraftId}/paragraphs/${p2.id}/provenance`);
    expect(op2.amendments.map((x: Json) => [x.author, x.status, x.submission.late])).toEqual([
      ["Spain", "accepted", false],
      ["Kenya", "merged", true],
    ]);
    expect(op2.amendments[1].recommendations).toEqual([]);
    const p7 = revised.paragraphs.find((p: Json) => p.origin?.previousLabel === "OP7");
    expect(p7).toMatchObject({
      label: "OP8",
      text: { versions: { en: { text: "Calls on parliaments to fund victim support and child helplines;" } } },
    });
    const op7 = await ok(null, "GET", `/api/v1/drafts/${revised.revisedDraftId}/paragraphs/${p7.id}/provenance`);
    expect(op7.amendments.map((x: Json) => [x.author, x.status])).toEqual([
      ["Standing Committee on Democracy and Human Rights", "accepted"],
      ["Spain", "merged"],
      ["Kenya", "merged"],
    ]);
    expect((await call(null, "GET", `/api/v1/drafts/${revised.revisedDraftId}/paragraphs/nope/provenance`)).status).toBe(404);
  });

  it("follows a recommendation and a contribution forward to the paragraphs they became", async () => {
    const forward = await ok(who.rap1!, "GET", `/api/v1/recommendations/${rec["1"]!.id}/outcome`);
    expect(forward.adoption.decision.method).toBe("show_of_hands");
    const op1 = forward.proposals.find((p: Json) => p.became === "merged");
    expect(op1.bodyAmendment).toMatchObject({ status: "accepted" });
    expect(op1.paragraphs).toEqual([expect.objectContaining({ draftId: revised.revisedDraftId, label: "OP1", outcome: "amended" })]);
    const op3 = forward.proposals.find((p: Json) => p.became === "compromise");
    expect(op3.bodyAmendment.status).toBe("accepted_as_revised");
    const fromContribution = await ok(who.rap1!, "GET", `/api/v1/contributions/${contributionId}/outcome`);
    expect(fromContribution.recommendations).toHaveLength(1);
    expect(fromContribution.recommendations[0].recommendation.id).toBe(rec["1"]!.id);
    expect((await call(who.rap2!, "GET", `/api/v1/contributions/${contributionId}/outcome`)).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

type Who = { cookie: string; csrfToken: string } | null;

describe.each(storeKinds())("group recommendations and votes API on %s", (kind) => {
  let t: TestApp;
  let base: string;
  let sittingId: SittingId;
  let draftId: string;
  let g1: string;
  let g2: string;
  let questions: string[];
  let forumId: string;
  let op: (label: string) => { id: string; text: { versions: { en?: { text: string } } } };
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
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const sitting = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0];
    sittingId = sitting.id;
    forumId = sitting.body.id;
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    draftId = detail.draftResolutions[0].id;
    [g1, g2] = detail.groups.map((g: { id: string }) => g.id);
    questions = detail.groups[0].guidingQuestions.map((q: { id: string }) => q.id);
    const paragraphs = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}/draft-texts` })).json().drafts[0].paragraphs;
    op = (label) => paragraphs.find((p: { label: string }) => p.label === label);
    const accounts: [
      string,
      { role: "rapporteur" | "chair" | "participant" | "secretariat" | "presiding_officer"; scope: string | null }[],
    ][] = [
      ["president", [{ role: "presiding_officer", scope: `body:${forumId}` }]],
      ["rapporteur", [{ role: "rapporteur", scope: `group:${g1}` }]],
      ["chair", [{ role: "chair", scope: `group:${g1}` }]],
      ["member", [{ role: "participant", scope: `group:${g1}` }]],
      ["member2", [{ role: "participant", scope: `group:${g1}` }]],
      ["outsider", [{ role: "participant", scope: `group:${g2}` }]],
      ["secretariat", [{ role: "secretariat", scope: null }]],
    ];
    for (const [name, roles] of accounts) {
      await accountWith(t, `${name}@example.org`, roles);
      who[name] = await signIn(t, `${name}@example.org`);
    }
  });
  afterAll(async () => t.close());

  let recId: string;
  let version: number;

  it("lets only the group's rapporteur start and write the recommendation", async () => {
    expect((await call(who.member!, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId })).statusCode).toBe(403);
    expect((await call(who.chair!, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId })).statusCode).toBe(403);
    expect((await call(null, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId })).statusCode).toBe(401);
    const res = await call(who.rapporteur!, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId });
    expect(res.statusCode).toBe(201);
    recId = res.json().id;
    version = res.json().version;
    expect(res.json()).toMatchObject({ status: "drafting", groupId: g1, next: ["edit", "agree"] });
    expect((await call(who.rapporteur!, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId })).json().error.code).toBe("conflict");

    const texts = {
      version,
      texts: [{ questionId: questions[0], text: "Laws must name online grooming as an offence.", language: "en", contributions: [] }],
    };
    expect((await call(who.member!, "PUT", `/api/v1/recommendations/${recId}/texts`, texts)).statusCode).toBe(403);
    expect((await call(who.chair!, "PUT", `/api/v1/recommendations/${recId}/texts`, texts)).statusCode).toBe(403);
    const bad = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/texts`, {
      ...texts,
      texts: [{ ...texts.texts[0], questionId: "nope" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("body.texts.0.questionId");
    const ok = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/texts`, texts);
    expect(ok.statusCode).toBe(200);
    const stale = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/texts`, texts);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "stale_version", details: { current: { version: version + 1, status: "drafting" } } });
    version = ok.json().version;
  });

  it("shows the members each change live, hides it from other groups, and takes their comments", async () => {
    const member = await TestLiveClient.connect(base, who.member!.cookie);
    const outsider = await TestLiveClient.connect(base, who.outsider!.cookie);
    for (const c of [member, outsider]) {
      c.send({ type: "subscribe", sittingId, after: 0 });
      await c.until((m) => m.some((x) => x.type === "subscribed"));
    }
    const original = op("OP2").text.versions.en!.text;
    const res = await call(who.rapporteur!, "POST", `/api/v1/recommendations/${recId}/amendments`, {
      version,
      action: "amend",
      target: op("OP2").id,
      text: `${original.replace(/[;.]$/, "")}, with a gender perspective;`,
      language: "en",
    });
    expect(res.statusCode).toBe(201);
    version = res.json().version;
    const [amendment] = res.json().amendments;
    expect(amendment).toMatchObject({ status: "draft", targetLabel: "OP2" });
    expect(amendment.html).toMatch(/<ins[^>]*>.*gender perspective/);
    await member.until((m) => m.some((x) => x.event?.type === "recommendation.amendment_added"));
    const rewrite = {
      version,
      action: "amend",
      target: op("OP2").id,
      text: `${original.replace(/[;.]$/, "")}, with a gender perspective and for girls;`,
      language: "en",
    };
    expect((await call(who.member!, "PUT", `/api/v1/recommendations/${recId}/amendments/${amendment.id}`, rewrite)).statusCode).toBe(403);
    expect((await call(who.chair!, "PUT", `/api/v1/recommendations/${recId}/amendments/${amendment.id}`, rewrite)).statusCode).toBe(403);
    const rewritten = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/amendments/${amendment.id}`, rewrite);
    expect(rewritten.json().amendments[0]).toMatchObject({ id: amendment.id, text: rewrite.text, version: 2 });
    version = rewritten.json().version;
    const extra = await call(who.rapporteur!, "POST", `/api/v1/recommendations/${recId}/amendments`, {
      version,
      action: "delete",
      target: op("OP4").id,
      language: "en",
    });
    expect(extra.json().amendments).toHaveLength(2);
    version = extra.json().version;
    const extraId = extra.json().amendments[1].id;
    expect(
      (await call(who.member!, "POST", `/api/v1/recommendations/${recId}/amendments/${extraId}/removal`, { version })).statusCode,
    ).toBe(403);
    const removed = await call(who.rapporteur!, "POST", `/api/v1/recommendations/${recId}/amendments/${extraId}/removal`, { version });
    expect(removed.json().amendments.map((a: { id: string }) => a.id)).toEqual([amendment.id]);
    version = removed.json().version;
    expect(outsider.messages.some((x) => x.event?.type?.startsWith("recommendation."))).toBe(false);
    expect((await call(who.outsider!, "GET", `/api/v1/recommendations/${recId}`)).statusCode).toBe(404);
    expect((await call(null, "GET", `/api/v1/recommendations/${recId}`)).statusCode).toBe(404);

    const comment = await call(who.member!, "POST", `/api/v1/recommendations/${recId}/comments`, {
      text: "Please add girls explicitly.",
      language: "en",
    });
    expect(comment.statusCode).toBe(201);
    expect((await call(who.outsider!, "POST", `/api/v1/recommendations/${recId}/comments`, { text: "x", language: "en" })).statusCode).toBe(
      404,
    );
    expect((await call(who.member!, "POST", `/api/v1/recommendations/${recId}/comments`, { text: "", language: "en" })).statusCode).toBe(
      400,
    );
    await member.until((m) => m.some((x) => x.event?.type === "recommendation.commented"));
    const read = (await call(who.member!, "GET", `/api/v1/recommendations/${recId}`)).json();
    expect(read.comments.map((c: { text: string }) => c.text)).toEqual(["Please add girls explicitly."]);
    member.close();
    outsider.close();
  });

  let voteId: string;
  let voteVersion: number;

  it("lets only the chair open and close votes; one vote per member, counted once with two tabs; results only when closed", async () => {
    const open = { subject: `recommendation:${recId}`, kind: "electronic" };
    expect((await call(who.rapporteur!, "POST", `/api/v1/groups/${g1}/votes`, open)).statusCode).toBe(403);
    expect((await call(who.member!, "POST", `/api/v1/groups/${g1}/votes`, open)).statusCode).toBe(403);
    expect((await call(who.chair!, "POST", `/api/v1/groups/${g1}/votes`, { ...open, subject: "recommendation:other" })).statusCode).toBe(
      400,
    );
    const opened = await call(who.chair!, "POST", `/api/v1/groups/${g1}/votes`, open);
    expect(opened.statusCode).toBe(201);
    voteId = opened.json().id;
    voteVersion = opened.json().version;
    const tasksOf = async (w: Who) => (await call(w, "GET", "/api/v1/me/tasks")).json().tasks as { kind: string; subject: string | null }[];
    expect(await tasksOf(who.member2!)).toContainEqual(expect.objectContaining({ kind: "cast_ballot", subject: `vote:${voteId}` }));
    expect(await tasksOf(who.chair!)).toContainEqual(expect.objectContaining({ kind: "close_vote", subject: `vote:${voteId}` }));
    expect((await tasksOf(who.rapporteur!)).filter((x) => x.kind === "finish_recommendation")).toHaveLength(1);
    expect((await call(null, "GET", "/api/v1/me/tasks")).statusCode).toBe(401);

    const secondTab = await signIn(t, "member@example.org");
    const [a, b] = await Promise.all([
      call(who.member!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "yes" }),
      call(secondTab, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "yes" }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const again = await call(who.member!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "yes" });
    expect(again.json()).toMatchObject({ ballotsCast: 1, myChoice: "yes", counts: null });
    const changed = await call(who.member!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "no" });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe("conflict");
    expect((await call(who.member2!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "abstain" })).json().ballotsCast).toBe(2);
    expect((await tasksOf(who.member2!)).some((x) => x.kind === "cast_ballot")).toBe(false);
    expect((await call(who.rapporteur!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "yes" })).statusCode).toBe(200);
    expect((await call(who.outsider!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "no" })).statusCode).toBe(404);
    expect((await call(who.secretariat!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "no" })).statusCode).toBe(403);
    expect((await call(who.member2!, "GET", `/api/v1/votes/${voteId}`)).json().counts).toBeNull();

    expect(
      (await call(who.member!, "POST", `/api/v1/votes/${voteId}/transitions`, { version: voteVersion, transition: { type: "close" } }))
        .statusCode,
    ).toBe(403);
    const closed = await call(who.chair!, "POST", `/api/v1/votes/${voteId}/transitions`, {
      version: voteVersion,
      transition: { type: "close" },
    });
    expect(closed.json()).toMatchObject({ status: "closed", counts: { for: 2, against: 0, abstain: 1 } });
    voteVersion = closed.json().version;
  });

  it("changes nothing after the vote closes except by a recorded reopening", async () => {
    const late = await call(who.member2!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "no" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("invalid_transition");
    const closeAgain = await call(who.chair!, "POST", `/api/v1/votes/${voteId}/transitions`, {
      version: voteVersion,
      transition: { type: "close" },
    });
    expect(closeAgain.json().error.code).toBe("invalid_transition");
    expect((await call(who.member!, "GET", `/api/v1/votes/${voteId}`)).json().counts).toEqual({ for: 2, against: 0, abstain: 1 });
    expect(
      (
        await call(who.rapporteur!, "POST", `/api/v1/votes/${voteId}/transitions`, {
          version: voteVersion,
          transition: { type: "reopen", reason: "x" },
        })
      ).statusCode,
    ).toBe(403);
    const reopened = await call(who.chair!, "POST", `/api/v1/votes/${voteId}/transitions`, {
      version: voteVersion,
      transition: { type: "reopen", reason: "A member was not counted" },
    });
    expect(reopened.json()).toMatchObject({
      status: "open",
      round: 2,
      ballotsCast: 0,
      history: [{ round: 1, counts: { for: 2, against: 0, abstain: 1 }, reopenedBecause: "A member was not counted" }],
    });
    await call(who.member2!, "POST", `/api/v1/votes/${voteId}/ballots`, { choice: "yes" });
    const closed = await call(who.chair!, "POST", `/api/v1/votes/${voteId}/transitions`, {
      version: reopened.json().version,
      transition: { type: "close" },
    });
    expect(closed.json().counts).toEqual({ for: 1, against: 0, abstain: 0 });
  });

  it("records the group's agreement by the chair from the vote, then refuses edits until a recorded reopening", async () => {
    expect(
      (
        await call(who.rapporteur!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
          version,
          transition: { type: "agree_by_vote", voteId },
        })
      ).statusCode,
    ).toBe(403);
    const agreed = await call(who.chair!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version,
      transition: { type: "agree_by_vote", voteId },
    });
    expect(agreed.json()).toMatchObject({ status: "agreed", agreement: { method: "electronic", voteId, for: 1 } });
    version = agreed.json().version;
    const edit = await call(who.rapporteur!, "PUT", `/api/v1/recommendations/${recId}/texts`, { version, texts: [] });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("invalid_transition");
    const reopened = await call(who.chair!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version,
      transition: { type: "reopen", reason: "The group wants to add a paragraph" },
    });
    expect(reopened.json()).toMatchObject({
      status: "drafting",
      agreement: null,
      reopenings: [{ from: "agreed", reason: "The group wants to add a paragraph" }],
    });
    version = reopened.json().version;
    const consensus = await call(who.chair!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version,
      transition: { type: "agree", decision: { method: "consensus" } },
    });
    expect(consensus.json().status).toBe("agreed");
    const presented = await call(who.rapporteur!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version: consensus.json().version,
      transition: { type: "present" },
    });
    expect(presented.json().status).toBe("presented");
    expect((await call(null, "GET", `/api/v1/recommendations/${recId}`)).statusCode).toBe(200);
  });

  it("records a body's decision not to adopt, and nothing changes after it", async () => {
    const body = { draftId, recommendationIds: [recId], decision: { method: "show_of_hands", for: 3, against: 20, abstain: 1 } };
    expect((await call(who.chair!, "POST", `/api/v1/bodies/${forumId}/adoptions`, body)).statusCode).toBe(403);
    const res = await call(who.president!, "POST", `/api/v1/bodies/${forumId}/adoptions`, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amendments: [], outcomes: [{ became: "not_adopted", bodyAmendmentId: null }] });
    const after = (await call(null, "GET", `/api/v1/recommendations/${recId}`)).json();
    expect(after).toMatchObject({ status: "not_adopted", adoptionId: res.json().id, next: [] });
    const reopen = await call(who.president!, "POST", `/api/v1/recommendations/${recId}/transitions`, {
      version: after.version,
      transition: { type: "reopen", reason: "x" },
    });
    expect(reopen.json().error.code).toBe("invalid_transition");
    expect((await call(who.president!, "POST", `/api/v1/bodies/${forumId}/adoptions`, body)).statusCode).toBe(400);
  });
});

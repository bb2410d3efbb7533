import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, type TestApp } from "../../../test-support/app.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import type { AccountId, SittingId } from "../../../domain/ids.js";

describe.each(storeKinds())("contributions, projector and live updates on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let g1: string;
  let g2: string;
  let questions: string[];
  let sittingId: SittingId;
  let draftId: string;
  let paragraphs: { id: string; label: string; text: { versions: { en?: { text: string } } } }[];
  let secretariat: Caller;
  let chair: { accountId: AccountId; session: Caller };
  let rapporteur: { accountId: AccountId; session: Caller };
  let amina: { accountId: AccountId; session: Caller };
  let other: { accountId: AccountId; session: Caller };

  const op = (label: string) => paragraphs.find((p) => p.label === label)!;
  const list = async () => (await call(chair.session, "GET", `/api/v1/groups/${g1}/speakers`)).json();
  const chairDoes = async (command: unknown) =>
    call(chair.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { version: (await list()).version, command });

  beforeAll(async () => {
    const ref = await referenceApp(kind);
    ({ t, sittingId, draftId, paragraphs } = ref);
    call = caller(t);
    g1 = ref.g1.id;
    g2 = ref.g2.id;
    questions = ref.g1.guidingQuestions.map((q) => q.id);
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "secretariat@example.org");
    chair = await participant(t, "chair@example.org", { gender: "woman" }, [{ role: "chair", scope: `group:${g1}` }]);
    rapporteur = await participant(t, "rapporteur@example.org", { gender: "man" }, [{ role: "rapporteur", scope: `group:${g1}` }]);
    amina = await participant(t, "amina@example.org", { gender: "woman" }, [{ role: "participant", scope: `group:${g1}` }]);
    other = await participant(t, "other@example.org", { gender: "man" }, [{ role: "participant", scope: `group:${g2}` }]);
  });
  afterAll(async () => t.close());

  it("records contributions on the open question, tied to paragraphs, for members only", async () => {
    const url = `/api/v1/groups/${g1}/contributions`;
    const noQuestion = await call(amina.session, "POST", url, { text: "Survivors must be heard." });
    expect(noQuestion.statusCode).toBe(400);
    expect(noQuestion.json().error.issues[0].path).toBe("body.questionId");
    await chairDoes({ type: "set_question", questionId: questions[1] });
    const made = await call(amina.session, "POST", url, { text: "Survivors must be heard.", paragraphIds: [op("OP1").id] });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ questionId: questions[1], author: "amina", paragraphIds: [op("OP1").id] });
    const byRapporteur = await call(rapporteur.session, "POST", url, { text: "Noted for the recommendations.", questionId: questions[0] });
    expect(byRapporteur.json().questionId).toBe(questions[0]);
    expect((await call(other.session, "POST", url, { text: "Not my group." })).statusCode).toBe(403);
    expect((await call(amina.session, "POST", url, { text: "x".repeat(2001) })).json().error.issues[0].path).toBe("body.text");
    expect((await call(amina.session, "POST", url, { text: "ok", paragraphIds: ["nope"] })).json().error.issues[0].path).toBe(
      "body.paragraphIds.0",
    );
    expect((await call(amina.session, "POST", url, { text: "ok", questionId: "nope" })).statusCode).toBe(400);
    const all = (await call(amina.session, "GET", url)).json().contributions;
    expect(all.map((c: { text: string }) => c.text)).toEqual(["Survivors must be heard.", "Noted for the recommendations."]);
    expect((await call(amina.session, "GET", `${url}?questionId=${questions[0]}`)).json().contributions).toHaveLength(1);
    expect((await call(other.session, "GET", url)).statusCode).toBe(403);
    const events = await t.store.db.selectFrom("events").select("scope").where("type", "=", "contribution.recorded").execute();
    expect(events.map((e) => e.scope)).toEqual([`group:${g1}`, `group:${g1}`]);
  });

  it("shows the projector to the group, and to the public only once the secretariat published it", async () => {
    const original = op("OP2").text.versions.en!.text;
    const amendment = (
      await call(amina.session, "POST", `/api/v1/drafts/${draftId}/amendments`, {
        action: "amend",
        target: op("OP2").id,
        text: `${original} Survivors first.`,
        language: "en",
        author: "Spain",
        submit: true,
      })
    ).json();
    await call(amina.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { command: { type: "request_floor", remote: true } });
    await call(rapporteur.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { command: { type: "request_floor" } });
    await chairDoes({ type: "set_time_limit", seconds: 120 });
    await chairDoes({ type: "set_paragraph", paragraphId: op("OP2").id });
    await chairDoes({ type: "call_next" });

    const url = `/api/v1/groups/${g1}/projector`;
    expect((await call(null, "GET", url)).statusCode).toBe(403);
    expect((await call(other.session, "GET", url)).statusCode).toBe(403);
    const view = (await call(amina.session, "GET", `${url}?lang=en`)).json();
    expect(view).toMatchObject({
      published: false,
      currentSpeaker: { name: "amina", remote: true, timeLimitSeconds: 120 },
      nextSpeakers: [{ name: "rapporteur" }],
      question: { id: questions[1], text: { language: "en" } },
      paragraph: { id: op("OP2").id, label: "OP2", amendments: [{ id: amendment.id, status: "submitted" }] },
    });
    expect(view.currentSpeaker).not.toHaveProperty("gender");
    expect(view.paragraph.amendments[0].html).toMatch(/<ins class="tc-ins">.*Survivors first/);
    expect(Date.parse(view.serverTime)).toBeGreaterThanOrEqual(Date.parse(view.currentSpeaker.startedAt));

    expect((await call(chair.session, "PUT", `${url}/publication`, { published: true })).statusCode).toBe(403);
    expect((await call(secretariat, "PUT", `${url}/publication`, { published: true })).json()).toEqual({
      key: `group:${g1}`,
      projectorPublished: true,
    });
    const pub = await call(null, "GET", url);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().currentSpeaker.name).toBe("amina");
    expect((await call(null, "GET", `/api/v1/groups/${g2}/projector`)).statusCode).toBe(403);
    await chairDoes({ type: "call_next" });
    const last = await t.store.db
      .selectFrom("events")
      .select(["type", "scope"])
      .orderBy("position", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ type: "speakers_list.next_called", scope: "public" });
    expect((await call(null, "GET", `/api/v1/sittings/${sittingId}/plenary/projector`)).statusCode).toBe(403);
  });

  it("delivers a chair's next speaker to a participant's live socket, and not to another group's", async () => {
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    await call(secretariat, "PUT", `/api/v1/groups/${g1}/projector/publication`, { published: false });
    const member = await TestLiveClient.connect(base, amina.session!.cookie);
    const outsider = await TestLiveClient.connect(base, other.session!.cookie);
    for (const c of [member, outsider]) c.send({ type: "subscribe", sittingId, after: 1_000_000 });
    await member.until((m) => m.some((x) => x.type === "subscribed"));
    await outsider.until((m) => m.some((x) => x.type === "subscribed"));
    await call(amina.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { command: { type: "request_floor" } });
    const next = await chairDoes({ type: "call_next" });
    expect(next.json().speaking.name).toBe("amina");
    await member.until((m) => m.some((x) => x.event?.type === "speakers_list.next_called"));
    const event = member.messages.find((x) => x.event?.type === "speakers_list.next_called")!.event!;
    expect(event).toMatchObject({ sittingId, payload: { groupId: g1, version: next.json().version, speaking: { name: "amina" } } });
    await call(other.session, "POST", `/api/v1/groups/${g2}/speakers/commands`, { command: { type: "request_floor" } });
    await outsider.until((m) => m.some((x) => x.event?.type === "speakers_list.floor_requested"));
    expect(outsider.messages.filter((x) => x.type === "event").map((x) => (x.event!.payload as { groupId: string }).groupId)).toEqual([g2]);
    member.close();
    outsider.close();
  });
});

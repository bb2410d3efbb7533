import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string } | null;
const en = (text: string, ar?: string) => ({
  original: "en",
  versions: { en: { text, status: "final" }, ...(ar ? { ar: { text: ar, status: "draft" } } : {}) },
});

describe.each(storeKinds())("set-up API on an empty %s store", (kind) => {
  let t: TestApp;
  let secretariat: Who;
  let participant: Who;
  let bureau: Who;
  const call = (who: Who, method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false });
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "p@example.org", [{ role: "participant", scope: null }]);
    await accountWith(t, "bureau@example.org", [{ role: "bureau_member", scope: null }]);
    secretariat = await signIn(t, "sec@example.org");
    participant = await signIn(t, "p@example.org");
    bureau = await signIn(t, "bureau@example.org");
  });
  afterAll(async () => t.close());

  const event = {
    key: "143-ipu",
    name: en("143rd IPU Assembly", "الجمعية 143"),
    place: en("Madrid"),
    organisation: en("Inter-Parliamentary Union"),
    startDate: "2021-11-26",
    endDate: "2021-11-30",
    timeZone: "Europe/Madrid",
    workingLanguages: ["en", "ar"],
  };

  it("creates an event, a body, a sitting, an agenda item, a document and a group, each unpublished", async () => {
    const created = await call(secretariat, "POST", "/api/v1/setup/events", event);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: "143-ipu",
      version: 1,
      published: false,
      translations: { en: "final", ar: "missing", fr: "missing" },
    });
    ids.event = created.json().id;
    const twice = await call(secretariat, "POST", "/api/v1/setup/events", event);
    expect([twice.statusCode, twice.json().error.code, twice.json().error.issues[0].path]).toEqual([409, "conflict", "body.key"]);
    const withBody = await call(secretariat, "POST", `/api/v1/setup/events/${ids.event}/bodies`, {
      version: 1,
      key: "forum",
      kind: "forum",
      name: en("Forum of Women Parliamentarians"),
    });
    expect(withBody.statusCode).toBe(201);
    expect(withBody.json().version).toBe(2);
    ids.body = withBody.json().bodies[0].id;
    const sitting = await call(secretariat, "POST", `/api/v1/setup/events/${ids.event}/sittings`, {
      bodyId: ids.body,
      number: 32,
      date: "2021-11-26",
      startTime: "11:30",
      endTime: "13:00",
      venue: en("Hall A"),
      title: en("Forum, second sitting"),
    });
    expect(sitting.statusCode).toBe(201);
    expect(sitting.json()).toMatchObject({ timeZone: "Europe/Madrid", version: 1, published: false, agenda: [] });
    ids.sitting = sitting.json().id;
    const item = await call(secretariat, "POST", `/api/v1/setup/sittings/${ids.sitting}/agenda-items`, {
      version: 1,
      number: "5",
      title: en("Contribution to the work of the Committee"),
    });
    expect(item.json()).toMatchObject({ version: 2, agenda: [{ number: "5" }] });
    ids.item = item.json().agenda[0].id;
    const doc = await call(secretariat, "POST", `/api/v1/setup/sittings/${ids.sitting}/documents`, {
      symbol: "FEM/32/5.Inf-1",
      kind: "information_note",
      date: "2021-10-15",
      agendaItemId: ids.item,
      title: en("Information note"),
      sections: [{ key: "intro", heading: en("Introduction"), paragraphs: [en("See the draft.[^1]")] }],
      footnotes: [{ number: 1, text: en("Draft resolution"), url: "https://www.ipu.org/" }],
    });
    expect(doc.statusCode).toBe(201);
    ids.document = doc.json().id;
    const group = await call(secretariat, "POST", `/api/v1/setup/sittings/${ids.sitting}/groups`, {
      number: 1,
      title: en("Prevention"),
      room: { hall: en("Hall Madrid", "قاعة مدريد"), floor: en("Ground floor"), building: en("IFEMA"), capacity: 40 },
      guidingQuestions: [en("What works?"), en("What is missing?")],
    });
    expect(group.statusCode).toBe(201);
    expect(group.json().guidingQuestions.map((q: { position: number }) => q.position)).toEqual([1, 2]);
    ids.group = group.json().id;
    const tree = (await call(secretariat, "GET", `/api/v1/setup/events/${ids.event}`)).json();
    expect(tree.sittings[0]).toMatchObject({ id: ids.sitting, documents: [{ symbol: "FEM/32/5.Inf-1" }], groups: [{ number: 1 }] });
    expect((await call(null, "GET", `/api/v1/sittings/${ids.sitting}`)).statusCode).toBe(404);
  });

  it("records every change as an event carrying the sitting, visible to the staff until published", async () => {
    const rows = await t.store.db
      .selectFrom("events")
      .selectAll()
      .where("subject", "in", [`sitting:${ids.sitting}`, `document:${ids.document}`, `discussion_group:${ids.group}`])
      .orderBy("position")
      .execute();
    expect(rows.map((r) => r.type)).toEqual(["sitting.created", "agenda_item.created", "document.created", "discussion_group.created"]);
    expect(rows.every((r) => r.sitting_id === ids.sitting && r.scope === "staff")).toBe(true);
  });

  it("publishes, then keeps each later edit as a visible revision with what changed", async () => {
    const published = await call(secretariat, "PUT", `/api/v1/setup/sittings/${ids.sitting}/published`, { version: 2, published: true });
    expect(published.json()).toMatchObject({ published: true, version: 3 });
    const moved = await call(secretariat, "PATCH", `/api/v1/setup/sittings/${ids.sitting}`, {
      version: 3,
      startTime: "12:00",
      venue: en("Hall B"),
    });
    expect(moved.json()).toMatchObject({ startTime: "12:00", version: 4 });
    const publicView = (await call(null, "GET", `/api/v1/sittings/${ids.sitting}`)).json();
    expect(publicView.sitting.startTime).toBe("12:00");
    const revisions = (await call(null, "GET", `/api/v1/revisions/sitting/${ids.sitting}`)).json();
    expect(revisions.revisions.map((r: { version: number }) => r.version)).toEqual([3, 4]);
    expect(revisions.revisions[1]).toMatchObject({
      published: true,
      changes: ["startTime", "venue.versions.en.text"],
      actor: { name: "sec" },
    });
    const staff = (await call(secretariat, "GET", `/api/v1/revisions/sitting/${ids.sitting}`)).json();
    expect(staff.revisions.map((r: { version: number }) => r.version)).toEqual([1, 2, 3, 4]);
    const event = await t.store.db.selectFrom("events").selectAll().where("type", "=", "sitting.changed").executeTakeFirstOrThrow();
    expect(event).toMatchObject({ sitting_id: ids.sitting, scope: "public" });
    expect(JSON.parse(event.payload)).toEqual({ version: 4, changes: ["startTime", "venue.versions.en.text"] });
  });

  it("answers a stale version with 409 and the current state, and changes nothing", async () => {
    const stale = await call(secretariat, "PATCH", `/api/v1/setup/sittings/${ids.sitting}`, { version: 3, endTime: "14:00" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "stale_version",
      details: { current: { version: 4, endTime: "13:00", startTime: "12:00" } },
    });
    const again = await call(secretariat, "PUT", `/api/v1/setup/sittings/${ids.sitting}/published`, { version: 3, published: true });
    expect(again.statusCode).toBe(409);
    expect((await call(secretariat, "GET", `/api/v1/revisions/sitting/${ids.sitting}`)).json().revisions).toHaveLength(4);
  });

  it("adds, edits and reorders guiding questions under the group's version", async () => {
    const group = (await call(secretariat, "GET", `/api/v1/setup/events/${ids.event}`)).json().sittings[0].groups[0];
    const [q1, q2] = group.guidingQuestions.map((q: { id: string }) => q.id);
    const added = await call(secretariat, "POST", `/api/v1/setup/groups/${ids.group}/guiding-questions`, {
      version: 1,
      text: en("Who decides?"),
    });
    expect(added.json().guidingQuestions).toHaveLength(3);
    const q3 = added.json().guidingQuestions[2].id;
    const edited = await call(secretariat, "PATCH", `/api/v1/setup/guiding-questions/${q1}`, {
      version: 2,
      text: en("What works best?", "ما الذي ينجح؟"),
    });
    expect(edited.json().guidingQuestions[0].text.versions.ar.status).toBe("draft");
    const reordered = await call(secretariat, "PUT", `/api/v1/setup/groups/${ids.group}/guiding-questions/order`, {
      version: 3,
      order: [q3, q1, q2],
    });
    expect(reordered.json().guidingQuestions.map((q: { id: string; position: number }) => [q.id, q.position])).toEqual([
      [q3, 1],
      [q1, 2],
      [q2, 3],
    ]);
    const bad = await call(secretariat, "PUT", `/api/v1/setup/groups/${ids.group}/guiding-questions/order`, {
      version: 4,
      order: [q1, q2],
    });
    expect(bad.json().error).toMatchObject({ code: "validation_failed", issues: [{ path: "body.order" }] });
    const revisions = (await call(null, "GET", `/api/v1/revisions/discussion_group/${ids.group}`)).json().revisions;
    expect(revisions.at(-1).changes).toEqual(expect.arrayContaining(["guidingQuestions.0.id", "guidingQuestions.0.text.versions.en.text"]));
  });

  it("edits a document and publishes it; a marker for a missing footnote is refused", async () => {
    const bad = await call(secretariat, "PATCH", `/api/v1/setup/documents/${ids.document}`, { version: 1, footnotes: [] });
    expect(bad.json().error.issues[0]).toEqual({ path: "body.sections.0.paragraphs.0.versions.en", message: "unknown footnote 1" });
    const edited = await call(secretariat, "PATCH", `/api/v1/setup/documents/${ids.document}`, {
      version: 1,
      title: en("Information note", "مذكرة معلومات"),
    });
    expect(edited.json()).toMatchObject({ version: 2, translations: { ar: "missing" } });
    const published = await call(secretariat, "PUT", `/api/v1/setup/documents/${ids.document}/published`, { version: 2, published: true });
    expect(published.json().published).toBe(true);
    const publicView = (await call(null, "GET", `/api/v1/sittings/${ids.sitting}`)).json();
    expect(publicView.agenda[0].documents[0].title.versions.ar.text).toBe("مذكرة معلومات");
  });

  it("refuses bad input with the field at fault", async () => {
    const sittingBase = {
      bodyId: ids.body,
      number: 33,
      date: "2021-11-27",
      startTime: "09:00",
      endTime: "10:00",
      venue: en("Hall"),
      title: en("Third"),
    };
    const cases: [unknown, number, string][] = [
      [{ ...sittingBase, timeZone: "Mars/Olympus" }, 400, "body.timeZone"],
      [{ ...sittingBase, endTime: "08:00" }, 400, "body.endTime"],
      [{ ...sittingBase, date: "2021-12-25" }, 400, "body.date"],
      [{ ...sittingBase, startTime: "25:00" }, 400, "body.startTime"],
      [{ ...sittingBase, bodyId: "nope" }, 400, "body.bodyId"],
      [{ ...sittingBase, number: 32 }, 409, "body.number"],
      [{ ...sittingBase, venue: { original: "en", versions: { ar: { text: "x", status: "final" } } } }, 400, "body.venue.versions"],
      [{ ...sittingBase, colour: "red" }, 400, "body"],
    ];
    for (const [payload, status, path] of cases) {
      const res = await call(secretariat, "POST", `/api/v1/setup/events/${ids.event}/sittings`, payload);
      expect([res.statusCode, res.json().error.issues[0]?.path]).toEqual([status, path]);
    }
    const empty = await call(secretariat, "PATCH", `/api/v1/setup/sittings/${ids.sitting}`, { version: 4 });
    expect(empty.statusCode).toBe(400);
    const noEvent = await call(secretariat, "POST", "/api/v1/setup/events/nope/sittings", sittingBase);
    expect(noEvent.statusCode).toBe(404);
    const cycle = await call(secretariat, "PATCH", `/api/v1/setup/bodies/${ids.body}`, { version: 2, parentId: ids.body });
    expect(cycle.json().error.issues[0]).toEqual({ path: "body.parentId", message: "a body cannot be inside itself" });
    const shrink = await call(secretariat, "PATCH", `/api/v1/setup/events/${ids.event}`, { version: 2, endDate: "2021-11-25" });
    expect(shrink.json().error.issues[0].path).toBe("body.endDate");
    const strand = await call(secretariat, "PATCH", `/api/v1/setup/events/${ids.event}`, { version: 2, startDate: "2021-11-27" });
    expect(strand.json().error.message).toMatch(/outside the event's new dates/);
  });

  it("lets only the secretariat set up: a participant, a Bureau member and the public are refused", async () => {
    const sitting = {
      bodyId: ids.body,
      number: 40,
      date: "2021-11-27",
      startTime: "09:00",
      endTime: "10:00",
      venue: en("Hall"),
      title: en("X"),
    };
    for (const [who, status] of [
      [participant, 403],
      [bureau, 403],
      [null, 401],
    ] as const) {
      expect((await call(who, "POST", `/api/v1/setup/events/${ids.event}/sittings`, sitting)).statusCode).toBe(status);
      expect((await call(who, "PATCH", `/api/v1/setup/groups/${ids.group}`, { version: 4, number: 9 })).statusCode).toBe(status);
      expect((await call(who, "GET", "/api/v1/setup/events")).statusCode).toBe(status);
    }
    expect((await call(null, "GET", `/api/v1/revisions/event/${ids.event}`)).statusCode).toBe(404);
    expect((await call(bureau, "GET", `/api/v1/revisions/event/${ids.event}`)).statusCode).toBe(200);
  });
});

describe.each(storeKinds())("set-up of the reference case on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
  });
  afterAll(async () => t.close());

  it("keeps the state loaded before revisions existed as the baseline of the first edit", async () => {
    const who = await signIn(t, "sec@example.org");
    const headers = { cookie: who.cookie, "x-csrf-token": who.csrfToken };
    const sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id;
    const group = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json().groups[0];
    const room = { ...group.room, capacity: 81 };
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/setup/groups/${group.id}`,
      headers,
      payload: { version: group.version, room },
    });
    expect(res.statusCode).toBe(200);
    const revisions = (await t.app.inject({ url: `/api/v1/revisions/discussion_group/${group.id}` })).json().revisions;
    expect(revisions.map((r: { version: number; changes: string[] }) => [r.version, r.changes])).toEqual([
      [1, []],
      [2, ["room.capacity"]],
    ]);
  });

  it("sends a published sitting's set-up changes live to the public, and unpublished ones to the staff only", async () => {
    const who = await signIn(t, "sec@example.org");
    const headers = { cookie: who.cookie, "x-csrf-token": who.csrfToken };
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id;
    const [publicClient, staffClient] = await Promise.all([TestLiveClient.connect(base), TestLiveClient.connect(base, who.cookie)]);
    try {
      for (const c of [publicClient, staffClient]) {
        c.send({ type: "subscribe", sittingId, after: 0 });
        await c.until((m) => m.some((x) => x.type === "subscribed"));
      }
      const document = (
        await t.app.inject({ url: `/api/v1/setup/events/${(await t.app.inject({ url: "/api/v1/events" })).json().events[0].id}`, headers })
      ).json().sittings[0].documents[0];
      const draft = await t.app.inject({
        method: "POST",
        url: `/api/v1/setup/sittings/${sittingId}/documents`,
        headers,
        payload: { symbol: "FEM/32/INF/9", kind: "report", date: "2021-11-26", title: document.title },
      });
      expect(draft.statusCode).toBe(201);
      const edit = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/setup/documents/${document.id}`,
        headers,
        payload: { version: document.version, date: "2021-11-01" },
      });
      expect(edit.statusCode).toBe(200);
      await staffClient.until((m) => m.some((x) => x.event?.type === "document.changed"));
      await publicClient.until((m) => m.some((x) => x.event?.type === "document.changed"));
      const isDraft = (x: (typeof publicClient.messages)[number]) =>
        x.event?.type === "document.created" && (x.event.payload as { symbol?: string }).symbol === "FEM/32/INF/9";
      expect(staffClient.messages.some(isDraft)).toBe(true);
      expect(publicClient.messages.some(isDraft)).toBe(false);
    } finally {
      publicClient.close();
      staffClient.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string } | null;
const HEADER = "name,parliament,gender,birth year,languages,email,role,delegation";
const FILE = [
  HEADER,
  'Ana García,Spain,woman,1980,"en, es",ana@example.org,,',
  '"Haddad, Karim",Lebanon,man,,"ar,\nfr",karim@example.org,bureau_member,',
  "Lina Haddad,Lebanon,woman,1999,ar,,,",
].join("\r\n");

describe.each(storeKinds())("participants API on %s", (kind) => {
  let t: TestApp;
  let secretariat: Who;
  let bureau: Who;
  let participant: Who;
  let eventId: string;
  const headers = (who: Who) => (who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {});
  const call = (who: Who, method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: headers(who) });
  const importUrl = () => `/api/v1/setup/events/${eventId}/participants/import`;
  const sendCsv = (body: string | Buffer, query = "") =>
    t.app.inject({
      method: "POST",
      url: `${importUrl()}${query}`,
      payload: body,
      headers: { ...headers(secretariat), "content-type": "text/csv" },
    });
  const count = async () =>
    Number(
      (
        await t.store.db
          .selectFrom("participants")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await testApp(kind);
    eventId = (await t.app.inject({ url: "/api/v1/events" })).json().events[0].id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "bureau@example.org", [{ role: "bureau_member", scope: null }]);
    await accountWith(t, "p@example.org", [{ role: "participant", scope: null }]);
    secretariat = await signIn(t, "sec@example.org");
    bureau = await signIn(t, "bureau@example.org");
    participant = await signIn(t, "p@example.org");
  });
  afterAll(async () => t.close());

  it("imports a file with quoted commas and line breaks, creates accounts with roles and returns invitation links", async () => {
    const res = await call(secretariat, "POST", importUrl(), { csv: FILE });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ dryRun: false, rows: 3, valid: 3, imported: 3, problems: [] });
    expect(report.delegations.map((d: { name: string }) => d.name).sort()).toEqual(["Lebanon", "Spain"]);
    expect(report.invitations.map((i: { email: string }) => i.email)).toEqual(["ana@example.org", "karim@example.org"]);
    const link: string = report.invitations[1].link;
    expect(link).toMatch(/^\/sign-in\/link\?token=/);
    const token = decodeURIComponent(link.split("token=")[1]!);
    const session = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token } });
    expect(session.statusCode).toBe(200);
    expect(session.json().account).toMatchObject({
      email: "karim@example.org",
      name: "Haddad, Karim",
      roles: [{ role: "bureau_member", scope: null }],
    });
    const list = (await call(bureau, "GET", `/api/v1/setup/events/${eventId}/participants`)).json().participants;
    expect(list.map((p: { name: string; languages: string[]; signedUp: boolean }) => [p.name, p.languages, p.signedUp])).toEqual([
      ["Haddad, Karim", ["ar", "fr"], false],
      ["Lina Haddad", ["ar"], false],
      ["Ana García", ["en", "es"], false],
    ]);
    const delegations = (await call(bureau, "GET", `/api/v1/setup/events/${eventId}/delegations`)).json().delegations;
    expect(delegations.find((d: { name: string }) => d.name === "Lebanon")).toMatchObject({
      parliament: "Lebanon",
      byGender: { woman: 1, man: 1 },
    });
    const events = await t.store.db.selectFrom("events").select("type").where("type", "=", "participant.imported").execute();
    expect(events).toHaveLength(3);
  });

  it("refuses the same file again, row by row, and changes nothing", async () => {
    const before = await count();
    const res = await call(secretariat, "POST", importUrl(), { csv: FILE });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems).toMatchObject([
      { row: 2, column: "email", problem: "an account with this email already exists" },
      { row: 2, column: "name", problem: "Ana García (Spain) is already a participant of this event" },
      { row: 3, column: "email", problem: "an account with this email already exists" },
      { row: 3, column: "name", problem: "Haddad, Karim (Lebanon) is already a participant of this event" },
      { row: 4, column: "name", problem: "Lina Haddad (Lebanon) is already a participant of this event" },
    ]);
    expect(await count()).toBe(before);
  });

  it("imports nothing while a row is invalid, only the valid rows when asked, and nothing on a dry run", async () => {
    const csv = [
      HEADER,
      "Bea,Chile,woman,,,bea@example.org,,",
      "Carl,Chile,robot,,,carl@example.org,,",
      "Dora,Chile,woman,,,bea@example.org,,",
    ].join("\n");
    const before = await count();
    const refused = await call(secretariat, "POST", importUrl(), { csv });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/2 problem\(s\) in 2 row\(s\); nothing was imported/),
      issues: [{ path: "csv:3:gender" }, { path: "csv:4:email", message: "the same email as row 2" }],
      details: { rows: 3, valid: 1 },
    });
    const dry = await call(secretariat, "POST", importUrl(), { csv, dryRun: true });
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 3, valid: 1, imported: 0 });
    expect(dry.json().problems).toHaveLength(2);
    expect(await count()).toBe(before);
    const partial = await call(secretariat, "POST", importUrl(), { csv, onlyValidRows: true });
    expect(partial.json()).toMatchObject({ imported: 1, participants: [{ row: 2, name: "Bea" }] });
    expect(partial.json().problems.map((p: { row: number }) => p.row)).toEqual([3, 4]);
    expect(await count()).toBe(before + 1);
  });

  it("takes the file as text/csv with a byte order mark and options in the query", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("name;country;gender\nمريم;Egypt;امرأة\nX;Egypt;?\n")]);
    const res = await sendCsv(bytes, "?onlyValidRows=true");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, participants: [{ name: "مريم" }], problems: [{ row: 3, column: "gender" }] });
  });

  it("refuses wrong encodings, broken headers, empty files and unterminated quotes with clear messages", async () => {
    const latin1 = Buffer.from("name,country,gender\nJosé,Peru,man\n", "latin1");
    const cases: [string | Buffer, RegExp, string][] = [
      [latin1, /not UTF-8 text \(byte 24 .*Latin-1.*CSV UTF-8/, "csv"],
      [Buffer.from("\uFEFF", "utf16le"), /UTF-16/, "csv"],
      ["", /file is empty/, "csv"],
      [HEADER, /no participant rows/, "csv"],
      ["name,country,emial\nA,Peru,a@b.c\n", /header row is not right: emial \(unknown column.*gender \(missing column\)/, "csv:1:emial"],
      ['name,country,gender\n"Open,Peru,man\n', /starts on line 2 is never closed/, "csv:line 2"],
    ];
    const before = await count();
    for (const [body, message, path] of cases) {
      const res = await sendCsv(body);
      expect([res.statusCode, res.json().error.message, res.json().error.issues[0].path]).toEqual([
        400,
        expect.stringMatching(message),
        path,
      ]);
    }
    const replaced = await call(secretariat, "POST", importUrl(), { csv: "name,country,gender\nJos\uFFFD,Peru,man" });
    expect(replaced.json().error.message).toMatch(/line 2 holds the replacement character/);
    const wrongType = await call(secretariat, "POST", importUrl(), { csv: 5 });
    expect(wrongType.json().error.issues[0].path).toBe("body.csv");
    expect(await count()).toBe(before);
  });

  it("refuses 100,000 rows and files over 5 MB with the limits in the message", async () => {
    const rows = ["name,country,gender", ...Array.from({ length: 100_000 }, (_, i) => `P${i},C,w`)].join("\n");
    const many = await sendCsv(rows);
    expect([many.statusCode, many.json().error.code]).toEqual([400, "payload_too_large"]);
    expect(many.json().error.message).toMatch(/more than 20000 participant rows; split it/);
    const big = await call(secretariat, "POST", importUrl(), { csv: `name,country,gender\n${"x".repeat(5 * 1024 * 1024)},C,w` });
    expect(big.json().error.message).toMatch(/5\.0 MB; an import takes at most 5 MB and 20000 rows/);
  });

  it("imports the maximum of 20,000 rows in one go", async () => {
    const rows = [
      "name,country,gender,email",
      ...Array.from({ length: 20_000 }, (_, i) => `Person ${i},Country ${i % 150},${i % 2 ? "man" : "woman"},p${i}@bulk.example.org`),
    ].join("\n");
    const res = await sendCsv(rows);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 20_000 });
    expect(res.json().invitations).toHaveLength(20_000);
    expect(res.json().delegations).toHaveLength(150);
  });

  it("lets one of two identical imports sent at once through", async () => {
    const csv = [HEADER, "Eve,Chile,woman,,,eve@example.org,,"].join("\n");
    const results = await Promise.all([call(secretariat, "POST", importUrl(), { csv }), call(secretariat, "POST", importUrl(), { csv })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it("issues a fresh invitation for a participant with an account only", async () => {
    const list = (await call(secretariat, "GET", `/api/v1/setup/events/${eventId}/participants`)).json().participants;
    const ana = list.find((p: { name: string }) => p.name === "Ana García");
    const lina = list.find((p: { name: string }) => p.name === "Lina Haddad");
    const res = await call(secretariat, "POST", `/api/v1/setup/participants/${ana.id}/invitation`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: "ana@example.org", link: expect.stringMatching(/token=/) });
    expect((await call(secretariat, "POST", `/api/v1/setup/participants/${lina.id}/invitation`)).statusCode).toBe(404);
    expect((await call(bureau, "POST", `/api/v1/setup/participants/${ana.id}/invitation`)).statusCode).toBe(403);
  });

  it("lets only the secretariat import, and only the staff list participants", async () => {
    const csv = [HEADER, "Zed,Chile,man,,,,,"].join("\n");
    expect((await call(participant, "POST", importUrl(), { csv })).statusCode).toBe(403);
    expect((await call(bureau, "POST", importUrl(), { csv })).statusCode).toBe(403);
    expect((await call(null, "POST", importUrl(), { csv })).statusCode).toBe(401);
    expect((await call(participant, "GET", `/api/v1/setup/events/${eventId}/participants`)).statusCode).toBe(403);
    expect((await call(participant, "GET", `/api/v1/setup/events/${eventId}/delegations`)).statusCode).toBe(403);
    expect((await call(secretariat, "GET", "/api/v1/setup/events/nope/participants")).statusCode).toBe(404);
  });
});

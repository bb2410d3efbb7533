import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, restore } from "../store/backup.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { freshStore, storeKinds } from "../test-support/stores.js";
import { findForbiddenText } from "./text-input.js";

const en = (text: string) => ({ original: "en", versions: { en: { text, status: "final" } } });
const event = (key: string, name: string) => ({
  key,
  name: en(name),
  place: en("Madrid"),
  organisation: en("Inter-Parliamentary Union"),
  startDate: "2021-11-26",
  endDate: "2021-11-30",
  timeZone: "Europe/Madrid",
  workingLanguages: ["en"],
});

describe("forbidden characters in a parsed input", () => {
  it("are found with the path of the field, in values and in names", () => {
    expect(findForbiddenText({ a: [{ b: "x\u0000y" }] }, "body")).toEqual({
      path: "body.a.0.b",
      message: expect.stringMatching(/NUL character \(U\+0000\)/),
    });
    expect(findForbiddenText({ t: "\uD800" }, "body")?.message).toMatch(/lone surrogate \(U\+D800\)/);
    expect(findForbiddenText({ t: "a\uDC00" }, "body")?.message).toMatch(/lone surrogate/);
    expect(findForbiddenText({ t: "bell\u0007" }, "body")?.message).toMatch(/control character \(U\+0007\)/);
    expect(findForbiddenText({ t: "\u007F" }, "body")?.message).toMatch(/U\+007F/);
    expect(findForbiddenText({ t: "\uFFFE" }, "body")?.message).toMatch(/U\+FFFE/);
    expect(findForbiddenText({ "k\u0001": 1 }, "body")?.path).toBe("body.k\u0001");
  });

  it("are not tab, newline, carriage return, right-to-left text or characters outside the basic plane", () => {
    expect(findForbiddenText({ t: "a\tb\nc\r\nd", ar: "قاعة مدريد", emoji: "👩🏽‍⚖️ 𝔸", fr: "Élue", n: 3, b: null }, "body")).toBeNull();
  });
});

describe.each(storeKinds())("the API edge on %s", (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; csrfToken: string };
  beforeAll(async () => {
    t = await testApp(kind, { referenceCase: false });
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "sec@example.org");
  });
  afterAll(async () => t.close());
  const write = (payload: object) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/setup/events",
      payload,
      headers: { cookie: secretariat.cookie, "x-csrf-token": secretariat.csrfToken },
    });
  const refusal = (res: { statusCode: number; json: () => { error: { code: string; issues: { path: string }[] } } }) => [
    res.statusCode,
    res.json().error.code,
    res.json().error.issues[0]?.path,
  ];

  it("refuses a NUL character on unauthenticated routes with 400 naming the field", async () => {
    const signInRes = await t.app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "a\u0000@example.org", password: "x" },
    });
    expect(refusal(signInRes)).toEqual([400, "validation_failed", "body.email"]);
    const exportRes = await t.app.inject({ url: "/api/v1/documents/export?document=amendments&symbol=C%00III&lang=en&format=html" });
    expect(refusal(exportRes)).toEqual([400, "validation_failed", "query.symbol"]);
    const param = await t.app.inject({ url: "/api/v1/sittings/a%00b" });
    expect(refusal(param)).toEqual([400, "validation_failed", "params.id"]);
  });

  it("refuses lone surrogates and control characters in a write, and stores nothing", async () => {
    const lone = await t.app.inject({
      method: "POST",
      url: "/api/v1/setup/events",
      payload: JSON.stringify(event("lone", "x")).replace('"x"', '"\\ud800"'),
      headers: { cookie: secretariat.cookie, "x-csrf-token": secretariat.csrfToken, "content-type": "application/json" },
    });
    expect(refusal(lone)).toEqual([400, "validation_failed", "body.name.versions.en.text"]);
    expect(refusal(await write(event("bell", "Assembly\u0007")))).toEqual([400, "validation_failed", "body.name.versions.en.text"]);
    expect(await t.store.db.selectFrom("meeting_events").select("id").execute()).toEqual([]);
  });

  it.skipIf(!storeKinds().includes("postgres") || kind !== "sqlite")("makes every SQLite backup restore into PostgreSQL", async () => {
    expect((await write(event("143-ipu", "143rd IPU Assembly — قاعة مدريد\twith a tab, 👩🏽‍⚖️"))).statusCode).toBe(201);
    expect((await write(event("nul", "Assembly\u0000"))).statusCode).toBe(400);
    const file = join(mkdtempSync(join(tmpdir(), "rapporteur-text-")), "b.jsonl");
    await backup(t.store, file);
    const postgres = await freshStore("postgres");
    try {
      await restore(postgres, file, { replace: false });
      const names = await postgres.db.selectFrom("meeting_events").select("data").execute();
      expect(names.map((n) => n.data).join()).toContain("👩🏽‍⚖️");
    } finally {
      await postgres.dispose();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeKinds } from "../test-support/stores.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import type { SittingId } from "../domain/ids.js";

describe.each(storeKinds())("API on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  beforeAll(async () => {
    t = await testApp(kind);
    sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
  });
  afterAll(async () => t.close());

  it("reports health with the store", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", store: kind });
  });

  it("lets the public read the published reference sitting with every language version", async () => {
    const res = await t.app.inject({ url: `/api/v1/sittings/${sittingId}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.agenda[0].documents[0].symbol).toBe("FEM/32/5.Inf-1");
    expect(body.groups[0].room.hall.versions).toMatchObject({ en: { text: "Hall Madrid" }, ar: { text: "قاعة مدريد" } });
    expect(body.groups[0].room.hall.versions.fr).toBeUndefined();
  });

  it("returns one language with ?lang=ar, a missing translation as missing", async () => {
    const ar = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}?lang=ar` })).json();
    expect(ar.groups[1].room.hall).toEqual({ language: "ar", text: "قاعة روما", status: "final", original: false });
    const fr = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}?lang=fr` })).json();
    expect(fr.groups[1].room.hall).toEqual({ language: "fr", text: null, status: "missing", original: false });
  });

  it("serves a fresh sitting after every recorded change", async () => {
    const first = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    const group = first.groups[0];
    await t.writer.run(null, async (ctx) => {
      const data = JSON.stringify({ title: group.title, description: group.description, room: { ...group.room, capacity: 81 } });
      await ctx.trx.updateTable("discussion_groups").set({ data }).where("id", "=", group.id).execute();
      ctx.record({
        type: "discussion_group.changed",
        subject: `discussion_group:${group.id}`,
        sittingId: null,
        scope: "public",
        payload: {},
      });
    });
    const second = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    expect(second.groups[0].room.capacity).toBe(81);
  });

  it("answers unknown ids with 404 and bad queries with 400 naming the field", async () => {
    const missing = await t.app.inject({ url: "/api/v1/sittings/nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
    const bad = await t.app.inject({ url: `/api/v1/sittings/${sittingId}?lang=de` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("query.lang");
    const unknown = await t.app.inject({ url: `/api/v1/sittings?colour=red` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].message).toMatch(/colour/);
  });

  it("answers malformed JSON, wrong types, unknown fields and oversized bodies with 400 and a code", async () => {
    const post = (payload: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/session", payload, headers: { "content-type": "application/json" } });
    const malformed = await post("{nope");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("malformed_json");
    const wrongType = await post(JSON.stringify({ email: 5, password: "x" }));
    expect(wrongType.json().error).toMatchObject({ code: "validation_failed", issues: [{ path: "body.email" }] });
    const unknown = await post(JSON.stringify({ email: "a@b.c", password: "x", admin: true }));
    expect(unknown.json().error.issues[0]).toMatchObject({ path: "body", message: expect.stringMatching(/admin/) });
    const huge = await post(JSON.stringify({ email: "a@b.c", password: "x".repeat(2_000_000) }));
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.code).toBe("payload_too_large");
    expect(huge.body).not.toMatch(/at .*\.js/);
  });

  it("refuses wrong credentials with 401 that does not say which part was wrong", async () => {
    const wrongPassword = await t.app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "secretariat@example.org", password: "nope" },
    });
    const unknownEmail = await t.app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "nobody@example.org", password: "nope" },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
  });

  it("signs in with an HttpOnly, SameSite cookie with expiry, and signs out", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "secretariat@example.org", password: "correct horse battery staple" },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "rapporteur_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.expires).toBeInstanceOf(Date);
    const session = await t.app.inject({ url: "/api/v1/session", headers: { cookie: `rapporteur_session=${cookie.value}` } });
    expect(session.json().account.roles).toEqual([{ role: "secretariat", scope: null }]);
    const csrf = res.json().csrfToken as string;
    const out = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/session",
      headers: { cookie: `rapporteur_session=${cookie.value}`, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: "/api/v1/session", headers: { cookie: `rapporteur_session=${cookie.value}` } });
    expect(after.json().account).toBeNull();
  });

  it("refuses a cookie-authenticated write without the CSRF token, or from another site", async () => {
    const { cookie, csrfToken } = await signIn(t, "secretariat@example.org");
    const noToken = await t.app.inject({ method: "DELETE", url: "/api/v1/session", headers: { cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe("csrf_failed");
    const crossSite = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/session",
      headers: { cookie, "x-csrf-token": csrfToken, origin: "https://evil.example", host: "localhost:3000" },
    });
    expect(crossSite.statusCode).toBe(403);
    const stillIn = await t.app.inject({ url: "/api/v1/session", headers: { cookie } });
    expect(stillIn.json().account).not.toBeNull();
  });

  it("requires a session to set a password", async () => {
    const res = await t.app.inject({ method: "PUT", url: "/api/v1/account/password", payload: { password: "a long enough password" } });
    expect(res.statusCode).toBe(401);
  });

  it("sends security headers with a content security policy", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("publishes an OpenAPI document for every route", async () => {
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/sittings", "/api/v1/sittings/{id}", "/api/v1/session"]),
    );
  });
});

describe("store unavailable", () => {
  it("answers 503 with the catalogue's code, never a stack trace", async () => {
    const t = await testApp("sqlite", { referenceCase: false });
    await t.store.close();
    const health = await t.app.inject({ url: "/api/health" });
    expect(health.statusCode).toBe(503);
    expect(health.json().error.code).toBe("store_unavailable");
    await t.app.close();
  });
});

describe("sign-in", () => {
  it("is rate-limited", async () => {
    const t = await testApp("sqlite", { referenceCase: false, loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "x@example.org", password: "wrong" } });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it("accepts a one-time link once, then the account sets a password and signs in with it", async () => {
    const t = await testApp("sqlite", { referenceCase: false });
    try {
      const { ensureFirstSecretariat } = await import("../store/first-start.js");
      const link = (await ensureFirstSecretariat(t.writer, "http://localhost:3000"))!;
      expect(await ensureFirstSecretariat(t.writer, "http://localhost:3000")).toBeNull();
      const token = new URL(link).searchParams.get("token")!;
      const first = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token } });
      expect(first.statusCode).toBe(200);
      const again = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token } });
      expect(again.statusCode).toBe(401);
      const cookie = `rapporteur_session=${first.cookies.find((c) => c.name === "rapporteur_session")!.value}`;
      const set = await t.app.inject({
        method: "PUT",
        url: "/api/v1/account/password",
        headers: { cookie, "x-csrf-token": first.json().csrfToken },
        payload: { password: "a long enough password" },
      });
      expect(set.statusCode).toBe(204);
      const stored = await t.store.db.selectFrom("accounts").select("password_hash").executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      await signIn(t, "admin@rapporteur.local", "a long enough password");
    } finally {
      await t.close();
    }
  });
});

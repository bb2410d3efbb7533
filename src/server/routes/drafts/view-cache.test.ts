import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRecord } from "../../../test-support/factories.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string } | null;

/** The draft page's reads answered from cache: per reader, and only while the log has not moved. */
describe.each(storeKinds())("cached draft reads on %s", (kind) => {
  let t: TestApp;
  let draftId = "";
  let target = "";
  let original = "";
  let delegate: Who;
  let colleague: Who;

  const get = (who: Who, url: string, etag?: string) =>
    t.app.inject({ url, headers: { ...(who ? { cookie: who.cookie } : {}), ...(etag ? { "if-none-match": etag } : {}) } });

  beforeAll(async () => {
    t = await testApp(kind);
    const sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id as string;
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    draftId = detail.draftResolutions[0].id;
    const paragraph = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}/draft-texts` })).json().drafts[0].paragraphs.at(-1);
    target = paragraph.id;
    original = paragraph.text.versions.en.text;
    const groupId = detail.groups[0].id as string;
    for (const [email, parliament] of [
      ["delegate@example.org", "Spain"],
      ["colleague@example.org", "Chile"],
    ] as const)
      await onRecord(t, await accountWith(t, email, [{ role: "participant", scope: `group:${groupId}` }]), { parliament });
    delegate = await signIn(t, "delegate@example.org");
    colleague = await signIn(t, "colleague@example.org");
  });
  afterAll(async () => t.close());

  it("gives each reader their own answer, 304 while nothing moved, and the new state once something did", async () => {
    const urls = [`/api/v1/drafts/${draftId}`, `/api/v1/drafts/${draftId}/compilation`, `/api/v1/drafts/${draftId}/consolidation`];
    const before = await Promise.all(urls.map((url) => get(delegate, url)));
    for (const [i, res] of before.entries()) {
      expect(res.statusCode).toBe(200);
      expect((await get(delegate, urls[i]!, res.headers.etag as string)).statusCode).toBe(304);
    }
    // The same reader's answer twice is the same answer.
    expect((await get(delegate, urls[0]!)).body).toBe(before[0]!.body);

    const proposed = await t.app.inject({
      method: "POST",
      url: `/api/v1/drafts/${draftId}/amendments`,
      headers: { cookie: delegate!.cookie, "x-csrf-token": delegate!.csrfToken },
      payload: { action: "amend", target, text: original.replace(/[;.]$/, ", without delay;"), language: "en", author: "Spain" },
    });
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json().id as string;

    const after = await get(delegate, urls[0]!, before[0]!.headers.etag as string);
    expect(after.statusCode).toBe(200);
    expect(after.json().mine).toContain(id);
    // A draft amendment is its author's: the colleague's and the public's answers, read after it, do not show it.
    for (const who of [colleague, null]) expect((await get(who, urls[0]!)).json().mine).not.toContain(id);
    expect((await get(delegate, urls[1]!)).body).not.toContain(id);

    // Submitted, it is before the body: every reader's compilation, cached before, now lists it.
    const submitted = await t.app.inject({
      method: "POST",
      url: `/api/v1/amendments/${id}/transitions`,
      headers: { cookie: delegate!.cookie, "x-csrf-token": delegate!.csrfToken },
      payload: { version: proposed.json().version, transition: { type: "submit" } },
    });
    expect(submitted.statusCode).toBe(200);
    for (const who of [delegate, colleague, null]) {
      const compiled = await get(who, urls[1]!, before[1]!.headers.etag as string);
      expect([compiled.statusCode, compiled.body.includes(id)]).toEqual([200, true]);
    }
  });
});

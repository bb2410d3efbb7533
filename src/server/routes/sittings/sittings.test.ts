import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asId, type SittingId } from "../../../domain/ids.js";
import { testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";

describe.each(storeKinds())("sitting reads on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;

  beforeAll(async () => {
    t = await testApp(kind);
    sittingId = asId<SittingId>((await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id);
  });
  afterAll(async () => t.close());

  it("an unchanged sitting is a 304; once the log moves it is a 200 with a new tag", async () => {
    const url = `/api/v1/sittings/${sittingId}`;
    const first = await t.app.inject({ url });
    const tag = first.headers.etag as string;
    expect(first.statusCode).toBe(200);
    expect(tag).toMatch(/^W\//);
    const unchanged = await t.app.inject({ url, headers: { "if-none-match": tag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe("");
    await t.writer.run(null, async (ctx) =>
      ctx.record({ type: "test.moved", subject: `sitting:${sittingId}`, sittingId, scope: "public", payload: {} }),
    );
    const moved = await t.app.inject({ url, headers: { "if-none-match": tag } });
    expect(moved.statusCode).toBe(200);
    expect(moved.headers.etag).not.toBe(tag);
    expect(moved.json().sitting.id).toBe(sittingId);
  });

  it("a kept sitting answer is compressed for the encoding asked, with its tag, and decodes to the plain answer", async () => {
    const url = `/api/v1/sittings/${sittingId}`;
    const plain = await t.app.inject({ url });
    for (const [encoding, decode] of [
      ["br", brotliDecompressSync],
      ["gzip", gunzipSync],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const answer = await t.app.inject({ url, headers: { "accept-encoding": encoding } });
        expect(answer.headers).toMatchObject({ "content-encoding": encoding, vary: "accept-encoding", etag: plain.headers.etag });
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        expect(decode(answer.rawPayload).equals(plain.rawPayload)).toBe(true);
      }
    }
    const unchanged = await t.app.inject({ url, headers: { "accept-encoding": "br", "if-none-match": plain.headers.etag as string } });
    expect(unchanged.statusCode).toBe(304);
  });

  it("the list of sittings is tagged the same way", async () => {
    const first = await t.app.inject({ url: "/api/v1/sittings" });
    const again = await t.app.inject({ url: "/api/v1/sittings", headers: { "if-none-match": first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it("the sitting lists its draft resolutions without their paragraphs; the draft texts carry them, labelled", async () => {
    const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
    const listed = detail.draftResolutions[0];
    expect(listed).toMatchObject({ symbol: expect.any(String), title: expect.any(Object), version: expect.any(Number) });
    expect(listed).not.toHaveProperty("paragraphs");
    const url = `/api/v1/sittings/${sittingId}/draft-texts`;
    const first = await t.app.inject({ url });
    expect(first.statusCode).toBe(200);
    const draft = first.json().drafts[0];
    expect(draft).toMatchObject({ id: listed.id, symbol: listed.symbol, version: listed.version });
    expect(draft.paragraphs.map((p: { label: string }) => p.label)).toEqual([
      ...["PP1", "PP2", "PP3", "PP4", "PP5", "PP6"],
      ...["OP1", "OP2", "OP3", "OP4", "OP5", "OP6", "OP7", "OP8"],
    ]);
    expect(draft.paragraphs[6].text.versions.en.text).toMatch(/\w/);
    expect((await t.app.inject({ url, headers: { "if-none-match": first.headers.etag as string } })).statusCode).toBe(304);
    const french = (await t.app.inject({ url: `${url}?lang=fr` })).json().drafts[0].paragraphs[6].text;
    expect(french).toMatchObject({ language: "fr" });
    expect(french).not.toHaveProperty("versions");
    expect((await t.app.inject({ url: "/api/v1/sittings/nope/draft-texts" })).statusCode).toBe(404);
  });
});

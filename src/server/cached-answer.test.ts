import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { registerCompression } from "./assets.js";
import { acceptedEncoding } from "./cached-answer.js";
import { ResponseCache } from "./response-cache.js";
import { defineRoute } from "./route.js";

describe("the encoding a client accepts", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["BR", "br"],
    ["*", "br"],
    ["identity", null],
    ["gzip;q=0, br;q=0", null],
    [undefined, null],
  ] as const)("%s → %s", (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe("cached answers are compressed once per position and encoding", () => {
  let app: FastifyInstance;
  let at = 1;
  let made = 0;
  const store = new ResponseCache();
  const words = Array.from({ length: 3000 }, (_, i) => `paragraph ${i} of the draft resolution`);

  const build = async () => {
    app = Fastify();
    await registerCompression(app);
    defineRoute(app, {
      method: "GET",
      url: "/api/v1/big",
      summary: "A large cached read",
      tag: "test",
      response: z.strictObject({ at: z.number(), words: z.array(z.string()) }),
      cache: { store, position: async () => at, key: () => "big" },
      handler: async () => (made++, { at, words }),
    });
    await app.ready();
  };
  afterEach(() => app.close());

  it("sends Brotli, gzip or plain JSON as asked, each the same answer, and compresses each encoding once", async () => {
    await build();
    const read = (encoding: string) => app.inject({ url: "/api/v1/big", headers: { "accept-encoding": encoding } });
    const br = await read("gzip, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("accept-encoding");
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual({ at: 1, words });
    expect(store.encoded("big", 1, "br")).not.toBeNull();
    expect(store.encoded("big", 1, "gzip")).toBeNull();

    const again = await read("br");
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
    const gz = await read("gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual({ at: 1, words });
    const plain = await read("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.json()).toEqual({ at: 1, words });
    expect(made).toBe(1);

    at = 2;
    const moved = await read("br");
    expect(JSON.parse(brotliDecompressSync(moved.rawPayload).toString())).toEqual({ at: 2, words });
    expect(made).toBe(2);
    expect(store.encoded("big", 1, "br")).toBeNull();
  });
});

describe("the answer cache's bound counts compressed bytes", () => {
  it("drops the oldest answers when their compressed copies fill it", () => {
    const cache = new ResponseCache(10, 100);
    cache.set("a", 1, "x".repeat(20));
    cache.set("b", 1, "y".repeat(20));
    cache.keepEncoded("b", 1, "br", Buffer.alloc(70));
    expect(cache.get("a", 1)).toBeNull();
    expect(cache.encoded("b", 1, "br")?.length).toBe(70);
    cache.keepEncoded("b", 2, "gzip", Buffer.alloc(5));
    expect(cache.encoded("b", 2, "gzip")).toBeNull();
  });
});

import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { AnswerBytes, chooseEncoding, sendKept } from "./answer-bytes.js";
import { registerCompression } from "./assets.js";

describe("answers kept as the bytes sent", () => {
  it("gives the bytes back only at the position they were read at, bounded by count and bytes", () => {
    const kept = new AnswerBytes(2, 80);
    kept.set("a", 3, "é{}");
    expect(kept.get("a", 3)?.toString("utf8")).toBe("é{}");
    expect(kept.get("a", 4)).toBeNull();
    for (const key of ["b", "c"]) kept.set(key, 1, key);
    expect([kept.get("a", 3), kept.get("b", 1)?.toString(), kept.get("c", 1)?.toString()]).toEqual([null, "b", "c"]);
    kept.set("big", 1, "x".repeat(21));
    expect(kept.get("big", 1)).toBeNull();
  });

  it("chooses Brotli or gzip as the compression plugin does", () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0.5")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("x-gzip")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeNull();
  });

  describe("sent", () => {
    let app: FastifyInstance;
    afterEach(async () => app.close());

    const build = async (): Promise<void> => {
      app = Fastify();
      await registerCompression(app);
      const kept = new AnswerBytes();
      kept.set("big", 1, JSON.stringify({ words: "word ".repeat(1000) }));
      kept.set("small", 1, JSON.stringify({ words: "few" }));
      app.get("/big", (request, reply) => sendKept(request, reply.type("application/json"), kept.get("big", 1)!));
      app.get("/small", (request, reply) => sendKept(request, reply.type("application/json"), kept.get("small", 1)!));
      await app.ready();
    };

    it("compressed once for the encoding asked, the same bytes each time, which the plugin leaves alone", async () => {
      await build();
      const plain = await app.inject({ url: "/big" });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      const br = [await app.inject({ url: "/big", headers: { "accept-encoding": "gzip, br" } })];
      br.push(await app.inject({ url: "/big", headers: { "accept-encoding": "gzip, br" } }));
      for (const answer of br) {
        expect(answer.headers["content-encoding"]).toBe("br");
        expect(answer.headers.vary).toBe("accept-encoding");
        expect(Number(answer.headers["content-length"])).toBe(answer.rawPayload.length);
        expect(brotliDecompressSync(answer.rawPayload).equals(plain.rawPayload)).toBe(true);
      }
      expect(br[0]!.rawPayload.equals(br[1]!.rawPayload)).toBe(true);
      const gzip = await app.inject({ url: "/big", headers: { "accept-encoding": "gzip" } });
      expect(gzip.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
      const refused = await app.inject({ url: "/big", headers: { "accept-encoding": "br", "x-no-compression": "1" } });
      expect(refused.headers["content-encoding"]).toBeUndefined();
      const small = await app.inject({ url: "/small", headers: { "accept-encoding": "br" } });
      expect(small.headers["content-encoding"]).toBeUndefined();
      expect(small.json()).toEqual({ words: "few" });
    });
  });
});

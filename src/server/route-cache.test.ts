import Fastify, { type FastifyInstance } from "fastify";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { PUBLIC } from "../domain/authorization.js";
import { registerCompression } from "./assets.js";
import { ResponseCache } from "./response-cache.js";
import { defineRoute } from "./route.js";

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

/** A cached read whose answer takes a moment to read and counts its readings; the log stands at `at.position`. */
const appWithRead = async () => {
  const app = Fastify();
  apps.push(app);
  await registerCompression(app);
  app.decorateRequest("principal", null as unknown as typeof PUBLIC);
  app.addHook("onRequest", async (request) => {
    request.principal = PUBLIC;
  });
  const at = { position: 7, readings: 0 };
  const contract = {
    method: "GET",
    url: "/api/v1/read",
    response: z.object({ position: z.number(), lines: z.array(z.string()) }),
  } as const;
  defineRoute(app, contract, {
    summary: "a read",
    tag: "test",
    cache: { store: new ResponseCache(), position: async () => at.position, key: () => "read" },
    handler: async () => {
      at.readings++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { position: at.position, lines: Array.from({ length: 200 }, (_, i) => `line ${i} of the answer`) };
    },
  });
  return { app, at };
};

describe("a cached read under a crowd", () => {
  it("is read once for the requests that ask for it at once, and again once the log moves", async () => {
    const { app, at } = await appWithRead();
    const answers = await Promise.all(Array.from({ length: 20 }, () => app.inject({ url: "/api/v1/read" })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(at.readings).toBe(1);
    at.position = 8;
    await Promise.all(Array.from({ length: 5 }, () => app.inject({ url: "/api/v1/read" })));
    expect(at.readings).toBe(2);
    expect((await app.inject({ url: "/api/v1/read" })).json().position).toBe(8);
  });

  it("is sent compressed from bytes kept with it, in the encoding the client takes", async () => {
    const { app } = await appWithRead();
    const plain = await app.inject({ url: "/api/v1/read" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await app.inject({ url: "/api/v1/read", headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString("utf8")).toBe(plain.body);
    const again = await app.inject({ url: "/api/v1/read", headers: { "accept-encoding": "br" } });
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
    const gzip = await app.inject({ url: "/api/v1/read", headers: { "accept-encoding": "gzip;q=1, br;q=0" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString("utf8")).toBe(plain.body);
  });
});

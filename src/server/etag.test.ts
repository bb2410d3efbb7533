import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../domain/authorization.js";
import { z } from "zod";
import { EVENT_POSITION_HEADER, registerPositionETags } from "./etag.js";
import { ResponseCache } from "./response-cache.js";
import { defineRoute } from "./route.js";

describe("event positions and ETags on reads", () => {
  let app: FastifyInstance;
  let at = 7;
  const steps: string[] = [];

  const build = async () => {
    at = 7;
    app = Fastify();
    app.decorateRequest("principal", null as unknown as Principal);
    app.addHook("onRequest", async (request) => {
      request.principal = PUBLIC;
    });
    registerPositionETags(app, async () => (steps.push("position"), at));
    app.get("/api/v1/plain", async () => (steps.push("data"), { at }));
    app.get("/api/v1/tagged", { config: { etag: "position" } }, async () => ({ at }));
    app.post("/api/v1/plain", async () => ({}));
    const position = async () => (steps.push("position"), at);
    const contract = { method: "GET", url: "/api/v1/cached", response: z.strictObject({ at: z.number() }) } as const;
    defineRoute(app, contract, {
      summary: "A cached read",
      tag: "test",
      config: { etag: "position" },
      cache: { store: new ResponseCache(), position, key: () => "cached" },
      handler: async () => (steps.push("data"), { at }),
    });
    await app.ready();
  };
  afterEach(async () => {
    steps.length = 0;
    await app.close();
  });

  it("names the position of every API read, read before the answer's data", async () => {
    await build();
    const res = await app.inject({ url: "/api/v1/plain" });
    expect(res.headers[EVENT_POSITION_HEADER]).toBe("7");
    expect(steps).toEqual(["position", "data"]);
    expect((await app.inject({ method: "POST", url: "/api/v1/plain" })).headers[EVENT_POSITION_HEADER]).toBeUndefined();
  });

  it("answers 304 while the log has not moved, and 200 with a new tag once it has", async () => {
    await build();
    const first = await app.inject({ url: "/api/v1/tagged" });
    const tag = first.headers.etag as string;
    expect(first.statusCode).toBe(200);
    const again = await app.inject({ url: "/api/v1/tagged", headers: { "if-none-match": tag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    at = 8;
    const moved = await app.inject({ url: "/api/v1/tagged", headers: { "if-none-match": tag } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ at: 8 });
    expect(moved.headers.etag).not.toBe(tag);
  });

  it("reads the position once per request, for the header, the tag and the answer cache alike", async () => {
    await build();
    const first = await app.inject({ url: "/api/v1/cached" });
    expect(steps).toEqual(["position", "data"]);
    expect(first.headers[EVENT_POSITION_HEADER]).toBe("7");
    steps.length = 0;
    const again = await app.inject({ url: "/api/v1/cached" });
    expect(steps).toEqual(["position"]);
    expect(again.json()).toEqual({ at: 7 });
    at = 9;
    steps.length = 0;
    const moved = await app.inject({ url: "/api/v1/cached", headers: { "if-none-match": first.headers.etag as string } });
    expect(steps).toEqual(["position", "data"]);
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ at: 9 });
    expect(moved.headers[EVENT_POSITION_HEADER]).toBe("9");
  });
});

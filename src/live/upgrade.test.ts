import { request } from "node:http";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../server/app.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { TestLiveClient } from "../test-support/live-client.js";
import { freshStore, type TestStore } from "../test-support/stores.js";
import { Writer } from "../store/write.js";
import { startLiveChannel } from "./channel.js";
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from "./limits.js";
import { originAllowed } from "./upgrade.js";

/** Sends a WebSocket handshake and returns the status line's code and the headers of the answer. */
const handshake = (base: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(`${base}/api/v1/live`, {
      headers: {
        connection: "Upgrade",
        upgrade: "websocket",
        "sec-websocket-version": "13",
        "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
        ...headers,
      },
    });
    req.on("upgrade", (res, socket) => (socket.destroy(), resolve({ status: res.statusCode ?? 0, headers: res.headers })));
    req.on("response", (res) => (res.resume(), resolve({ status: res.statusCode ?? 0, headers: res.headers })));
    req.on("error", reject);
    req.end();
  });

describe("the live channel's handshake", () => {
  const open: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0).reverse()) await o.close();
  });

  /** An app on an empty store with the given limits and public address. */
  const app = async (
    limits: Partial<LiveLimits>,
    publicUrl = "https://assembly.example.org",
  ): Promise<{ base: string; store: TestStore; app: FastifyInstance }> => {
    const store = await freshStore("sqlite");
    open.push({ close: () => store.dispose() });
    const writer = new Writer(store);
    const live = await startLiveChannel(store, writer);
    const a = await buildApp({
      store,
      writer,
      hub: live.hub,
      live: "local",
      logLevel: "silent",
      publicUrl,
      liveLimits: { ...DEFAULT_LIVE_LIMITS, ...limits },
    });
    open.push(a);
    return { base: await a.listen({ port: 0, host: "127.0.0.1" }), store, app: a };
  };

  it("refuses a page of a foreign origin and accepts the public address's", async () => {
    const { base } = await app({});
    expect((await handshake(base, { origin: "https://evil.example.com" })).status).toBe(403);
    expect((await handshake(base, { origin: "not a url" })).status).toBe(403);
    expect((await handshake(base, { origin: "https://assembly.example.org" })).status).toBe(101);
    expect((await handshake(base)).status).toBe(101);
  });

  it("compares origins exactly: scheme, host and port", () => {
    const pub = "https://assembly.example.org";
    expect(originAllowed("https://assembly.example.org", "10.0.0.2:3000", pub)).toBe(true);
    expect(originAllowed("http://assembly.example.org", "10.0.0.2:3000", pub)).toBe(false);
    expect(originAllowed("https://assembly.example.org.evil.com", "10.0.0.2:3000", pub)).toBe(false);
    expect(originAllowed("http://localhost:5173", "localhost:5173", pub)).toBe(true);
  });

  it("answers 503 with Retry-After when the instance is full, never 500", async () => {
    const { base } = await app({ maxClients: 2, retryAfterSeconds: 3 });
    const first = await TestLiveClient.connect(base);
    const second = await TestLiveClient.connect(base);
    const refused = await handshake(base);
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("3");
    first.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await handshake(base)).status).toBe(101);
    second.close();
  });

  it("answers 503 with Retry-After when the store cannot be reached to read the session", async () => {
    const { base, store } = await app({});
    await store.db.destroy();
    const refused = await handshake(base, { cookie: "rapporteur_session=some-secret" });
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("2");
  });
});

describe("a flood of subscribe messages on one socket", () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it("does not stall another client's delivery", async () => {
    t = await testApp("sqlite");
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id as string;
    await accountWith(t, "flood@example.org", [{ role: "secretariat", scope: null }]);
    const { cookie } = await signIn(t, "flood@example.org");
    const watcher = await TestLiveClient.connect(base);
    watcher.send({ type: "subscribe", sittingId });
    await watcher.until((m) => m.some((x) => x.type === "subscribed"));
    /** Milliseconds from a commit until the watcher has the event, median of five. */
    const delivery = async (): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const mark = `test.m${Math.random().toString(36).slice(2)}`;
        const started = performance.now();
        await t.writer.run(null, async (ctx) =>
          ctx.record({ type: mark, subject: "x", sittingId: sittingId as never, scope: "public", payload: {} }),
        );
        await watcher.until((m) => m.some((x) => x.event?.type === mark));
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const idle = await delivery();
    const flooder = await TestLiveClient.connect(base, cookie);
    for (let i = 0; i < 300; i++) flooder.send({ type: "subscribe", sittingId, after: 0 });
    const flooded = await delivery();
    await flooder.until((m) => m.some((x) => x.code === "rate_limited"));
    expect(flooder.messages.filter((m) => m.type === "subscribed").length).toBeLessThanOrEqual(DEFAULT_LIVE_LIMITS.messageRate * 4 + 2);
    // Small times vary by a few milliseconds from run to run: the ratio is taken against at least 10 ms.
    expect(flooded / Math.max(idle, 10)).toBeLessThan(5);
    flooder.close();
    watcher.close();
  });
});

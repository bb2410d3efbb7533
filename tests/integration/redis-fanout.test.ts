import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { asId, type SittingId } from "../../src/domain/ids.js";
import { startServer, type Running } from "../../src/runtime.js";
import { TestLiveClient } from "../../src/test-support/live-client.js";
import { freshStore, TEST_DATABASE_URL, type TestStore } from "../../src/test-support/stores.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "";
if (!REDIS_URL || !TEST_DATABASE_URL) console.warn("Redis fan-out test skipped: set TEST_DATABASE_URL and TEST_REDIS_URL (.ci/run does).");

describe.skipIf(!REDIS_URL || !TEST_DATABASE_URL)("two instances on one PostgreSQL behind Redis", () => {
  let schema: TestStore;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    schema = await freshStore("postgres", false);
    const env = {
      DATABASE_URL: schema.url,
      REDIS_URL,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent" as const,
      // A long poll proves that the event crossed through Redis, not through the store.
      LIVE_POLL_MS: "600000",
    };
    const quiet = () => undefined;
    a = await startServer(loadConfig(env), quiet);
    b = await startServer(loadConfig(env), quiet);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await schema?.dispose();
  });

  it("a change made through one instance reaches a client of the other", async () => {
    const sittings = (await (await fetch(`${b.url}/api/v1/sittings`)).json()) as { sittings: { id: string }[] };
    const sittingId = asId<SittingId>(sittings.sittings[0]!.id);
    const client = await TestLiveClient.connect(b.url);
    client.send({ type: "subscribe", sittingId, after: 0 });
    await client.until((m) => m.some((x) => x.type === "subscribed"));
    const before = client.events().length;
    await a.writer.run(null, async (ctx) =>
      ctx.record({ type: "test.across-instances", subject: `sitting:${sittingId}`, sittingId, scope: "public", payload: {} }),
    );
    await client.until((m) => m.some((x) => x.event?.type === "test.across-instances"));
    expect(client.events().length).toBe(before + 1);
    const health = (await (await fetch(`${b.url}/api/health`)).json()) as { live: string; store: string };
    expect(health).toMatchObject({ live: "redis", store: "postgres" });
    client.close();
  });
});

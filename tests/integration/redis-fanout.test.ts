import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { asId, type SittingId } from "../../src/domain/ids.js";
import { deploymentId } from "../../src/live/deployment.js";
import { channelOf } from "../../src/live/redis.js";
import { startServer, type Running } from "../../src/runtime.js";
import { hashPassword } from "../../src/commands/session/passwords.js";
import { createAccount } from "../../src/store/accounts.js";
import { TestLiveClient } from "../../src/test-support/live-client.js";
import { freshStore, TEST_DATABASE_URL, type TestStore } from "../../src/test-support/stores.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "";
if (!REDIS_URL || !TEST_DATABASE_URL) console.warn("Redis fan-out test skipped: set TEST_DATABASE_URL and TEST_REDIS_URL (.ci/run does).");

/** One deployment: its own PostgreSQL schema, two instances, both on the shared Redis. */
interface Deployment {
  readonly schema: TestStore;
  readonly a: Running;
  readonly b: Running;
  readonly id: string;
  readonly sittingId: SittingId;
}

const deploy = async (): Promise<Deployment> => {
  const schema = await freshStore("postgres", false);
  const env = {
    DATABASE_URL: schema.url,
    REDIS_URL,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent" as const,
    // A long poll proves that each event crossed through Redis, not through the poll.
    LIVE_POLL_MS: "600000",
  };
  const quiet = () => undefined;
  const a = await startServer(loadConfig(env), quiet);
  const b = await startServer(loadConfig(env), quiet);
  const sittings = (await (await fetch(`${b.url}/api/v1/sittings`)).json()) as { sittings: { id: string }[] };
  return { schema, a, b, id: await deploymentId(a.store.db), sittingId: asId<SittingId>(sittings.sittings[0]!.id) };
};

const record = (on: Running, sittingId: SittingId, type: string) =>
  on.writer.run(null, async (ctx) => ctx.record({ type, subject: `sitting:${sittingId}`, sittingId, scope: "public", payload: {} }));

const follow = async (on: Running, sittingId: SittingId): Promise<TestLiveClient> => {
  const client = await TestLiveClient.connect(on.url);
  client.send({ type: "subscribe", sittingId });
  await client.until((m) => m.some((x) => x.type === "subscribed"));
  return client;
};

const types = (c: TestLiveClient) => c.messages.filter((m) => m.type === "event").map((m) => m.event!.type);

describe.skipIf(!REDIS_URL || !TEST_DATABASE_URL)("instances behind one Redis", () => {
  let x: Deployment;
  let y: Deployment;
  beforeAll(async () => {
    x = await deploy();
    y = await deploy();
  });
  afterAll(async () => {
    for (const d of [x, y]) {
      await d?.a.stop();
      await d?.b.stop();
      await d?.schema.dispose();
    }
  });

  it("two deployments on one Redis: each delivers all of its own events and none of the other's", async () => {
    expect(x.id).not.toBe(y.id);
    // The same reference case in both: overlapping positions, so a hub that believed the other deployment would skip its own events.
    const onX = await follow(x.b, x.sittingId);
    const onY = await follow(y.b, y.sittingId);
    const rounds = 40;
    for (let i = 0; i < rounds; i++) await Promise.all([record(x.a, x.sittingId, `test.x${i}`), record(y.a, y.sittingId, `test.y${i}`)]);
    await onX.until(() => types(onX).length === rounds, 10_000);
    await onY.until(() => types(onY).length === rounds, 10_000);
    expect(types(onX)).toEqual(Array.from({ length: rounds }, (_, i) => `test.x${i}`));
    expect(types(onY)).toEqual(Array.from({ length: rounds }, (_, i) => `test.y${i}`));
    for (const c of [onX, onY]) {
      const positions = c.events();
      expect(positions).toEqual(Array.from({ length: rounds }, (_, i) => positions[0]! + i));
      c.close();
    }
    const health = (await (await fetch(`${x.b.url}/api/health`)).json()) as { live: string; store: string };
    expect(health).toMatchObject({ live: "redis", store: "postgres" });
  });

  it("a forged PUBLISH never delivers a fake event and does not stop real ones", async () => {
    const client = await follow(x.b, x.sittingId);
    const forger = new Redis(REDIS_URL);
    try {
      const channel = channelOf(x.id);
      const position = client.messages.find((m) => m.type === "subscribed")!.position!;
      const fake = {
        position: position + 1,
        time: new Date().toISOString(),
        actor: null,
        type: "test.forged",
        subject: "x",
        sittingId: x.sittingId,
        scope: "public",
        payload: {},
      };
      await forger.publish(channel, JSON.stringify([fake])); // the old message format: events themselves
      await forger.publish(channel, JSON.stringify({ d: x.id, i: "forged", p: position + 1_000_000 })); // a position beyond the log
      await forger.publish(channel, JSON.stringify({ d: y.id, i: "forged", p: position + 1 })); // another deployment's id
      await forger.publish(channel, "{not json");
      await forger.publish("rapporteur:events", JSON.stringify([fake])); // the old shared channel
      await record(x.a, x.sittingId, "test.after-forgery");
      await client.until(() => types(client).includes("test.after-forgery"), 10_000);
      expect(types(client)).toEqual(["test.after-forgery"]);
      expect(client.events()).toEqual([position + 1]);
    } finally {
      forger.disconnect();
      client.close();
    }
  });

  it("a sign-out through one instance closes the socket open on the other", async () => {
    const email = "delegate@example.org";
    await x.a.writer.run(null, async (ctx) => {
      const id = await createAccount(ctx, { email, name: "Delegate", roles: [{ role: "participant", scope: "group:any" }] });
      await ctx.trx
        .updateTable("accounts")
        .set({ password_hash: await hashPassword("correct horse battery staple") })
        .where("id", "=", id)
        .execute();
    });
    const signIn = await fetch(`${x.a.url}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "correct horse battery staple" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const client = await TestLiveClient.connect(x.b.url, cookie);
    client.send({ type: "subscribe", sittingId: x.sittingId });
    await client.until((m) => m.some((m2) => m2.type === "subscribed"));
    const signOut = await fetch(`${x.a.url}/api/v1/session`, { method: "DELETE", headers: { cookie, "x-csrf-token": csrfToken } });
    expect(signOut.status).toBe(204);
    expect(await client.closed).toEqual({ code: 4401, reason: expect.stringMatching(/signed out/) });
  });
});

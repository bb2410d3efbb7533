import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asId, type SittingId } from "../domain/ids.js";
import type { EventScope } from "../domain/events.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { TestLiveClient } from "../test-support/live-client.js";
import { storeKinds } from "../test-support/stores.js";

describe.each(storeKinds())("live channel on %s", (kind) => {
  let t: TestApp;
  let base: string;
  let sittingId: SittingId;
  let groupId: string;

  const write = (type: string, scope: EventScope = "public") =>
    t.writer.run(null, async (ctx) => ctx.record({ type, subject: `sitting:${sittingId}`, sittingId, scope, payload: { type } }));

  beforeAll(async () => {
    t = await testApp(kind);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const detail = (await t.app.inject({ url: "/api/v1/sittings" })).json();
    sittingId = asId<SittingId>(detail.sittings[0].id);
    groupId = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json().groups[0].id;
  });
  afterAll(async () => t.close());

  it("replays from a position, then follows live, in order, without gaps or duplicates", async () => {
    const client = await TestLiveClient.connect(base);
    client.send({ type: "subscribe", sittingId, after: 0 });
    await client.until((m) => m.some((x) => x.type === "subscribed"));
    const replayed = client.events();
    expect(replayed.length).toBeGreaterThan(0);
    const last = replayed.at(-1)!;
    await write("test.one");
    await write("test.two");
    await client.until(() => client.events().length === replayed.length + 2);
    const all = client.events();
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(new Set(all).size).toBe(all.length);
    client.close();

    // Offline: two more changes happen. A reconnect from the last position gets exactly those.
    const seen = all.at(-1)!;
    await write("test.three");
    await write("test.four");
    const again = await TestLiveClient.connect(base);
    again.send({ type: "subscribe", sittingId, after: seen });
    await again.until((m) => m.some((x) => x.type === "subscribed"));
    expect(again.messages.filter((m) => m.type === "event").map((m) => m.event!.type)).toEqual(["test.three", "test.four"]);
    expect(again.events()[0]).toBe(seen + 1);
    expect(seen).toBeGreaterThan(last);
    again.close();
  });

  it("a first open follows from now: no history replayed, the reply names the position to resume from", async () => {
    const client = await TestLiveClient.connect(base);
    client.send({ type: "subscribe", sittingId });
    await client.until((m) => m.some((x) => x.type === "subscribed"));
    const reply = client.messages.find((m) => m.type === "subscribed")!;
    expect(reply.position).toBe(t.hub.position);
    expect(client.events()).toEqual([]);
    await write("test.after-open");
    await client.until(() => client.events().length === 1);
    expect(client.events()).toEqual([reply.position! + 1]);
    client.close();
  });

  it("a screen that subscribes after its answer's position gets the events committed in between", async () => {
    const answer = await t.app.inject({ url: `/api/v1/sittings/${sittingId}` });
    const read = Number(answer.headers["x-event-position"]);
    expect(read).toBe(t.hub.position);
    // Committed after the screen read the sitting, before it subscribed: a subscription from now would lose it.
    await write("test.between");
    const client = await TestLiveClient.connect(base);
    client.send({ type: "subscribe", sittingId, after: read });
    await client.until((m) => m.some((x) => x.type === "subscribed"));
    expect(client.messages.filter((m) => m.type === "event").map((m) => m.event!.type)).toEqual(["test.between"]);
    client.close();
  });

  it("checks each event against the subscriber's rights", async () => {
    await accountWith(t, `member-${kind}@example.org`, [{ role: "participant", scope: `group:${groupId}` }]);
    const { cookie } = await signIn(t, `member-${kind}@example.org`);
    const member = await TestLiveClient.connect(base, cookie);
    const anonymous = await TestLiveClient.connect(base);
    for (const c of [member, anonymous]) c.send({ type: "subscribe", sittingId, after: 1_000_000 });
    await member.until((m) => m.some((x) => x.type === "subscribed"));
    await anonymous.until((m) => m.some((x) => x.type === "subscribed"));
    await write("test.group-draft", `group:${groupId}`);
    await write("test.other-group", "group:another-group");
    await write("test.public");
    await member.until((m) => m.some((x) => x.event?.type === "test.public"));
    await anonymous.until((m) => m.some((x) => x.event?.type === "test.public"));
    const types = (c: TestLiveClient) => c.messages.filter((m) => m.type === "event").map((m) => m.event!.type);
    expect(types(member)).toEqual(["test.group-draft", "test.public"]);
    expect(types(anonymous)).toEqual(["test.public"]);
    member.close();
    anonymous.close();
  });

  it("answers malformed messages and unknown sittings with an error, and stays open", async () => {
    const client = await TestLiveClient.connect(base);
    client.send("not json");
    client.send({ type: "subscribe", sittingId: "no-such-sitting", after: 0 });
    client.send({ type: "ping" });
    await client.until((m) => m.some((x) => x.type === "pong"));
    expect(client.messages.filter((m) => m.type === "error").map((m) => m.code)).toEqual(["validation_failed", "not_found"]);
    client.close();
  });
});

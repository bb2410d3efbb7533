import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asId, type SittingId } from "../domain/ids.js";
import { testApp, type TestApp } from "../test-support/app.js";
import { TestLiveClient } from "../test-support/live-client.js";
import { concernsFeatures, eventFeature, liveClientMessage, liveServerMessage } from "./live.js";
import { parseLiveServerMessage } from "./live-wire.js";

describe("the live channel's contract", () => {
  let t: TestApp;
  let base: string;
  let sittingId: SittingId;

  beforeAll(async () => {
    t = await testApp("sqlite");
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    sittingId = asId<SittingId>((await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id);
  });
  afterAll(async () => t.close());

  it("describes every message the server sends, field for field", async () => {
    const client = await TestLiveClient.connect(base);
    const sent = [
      { type: "subscribe", sittingId, after: 0 },
      { type: "ping" },
      { type: "subscribe", sittingId: "" },
      { type: "subscribe", sittingId: "nowhere" },
    ];
    for (const m of sent) client.send(m);
    await client.until((m) => m.some((x) => x.type === "pong") && m.filter((x) => x.type === "error").length === 2);
    await t.writer.run(null, async (ctx) =>
      ctx.record({ type: "amendment.submitted", subject: "amendment:x", sittingId, scope: "public", payload: { id: "x" } }),
    );
    await client.until((m) => m.some((x) => x.type === "event" && x.event?.type === "amendment.submitted"));
    client.close();
    expect(new Set(client.messages.map((m) => m.type))).toEqual(new Set(["subscribed", "event", "pong", "error"]));
    for (const message of client.messages) expect(liveServerMessage.parse(message)).toEqual(message);
  });

  it("accepts what the server accepts from a client and refuses the rest", () => {
    expect(liveClientMessage.safeParse({ type: "subscribe", sittingId: "s1", after: 3 }).success).toBe(true);
    expect(liveClientMessage.safeParse({ type: "subscribe", sittingId: "" }).success).toBe(false);
    expect(liveClientMessage.safeParse({ type: "subscribe", sittingId: "s1", after: -1 }).success).toBe(false);
    expect(liveClientMessage.safeParse({ type: "ping", extra: 1 }).success).toBe(false);
  });

  it("reads wire messages, ignoring what is not one", () => {
    expect(parseLiveServerMessage('{"type":"pong","position":4}')).toEqual({ type: "pong", position: 4 });
    expect(parseLiveServerMessage("not json")).toBeNull();
    expect(parseLiveServerMessage('{"type":"event","event":{"type":"nodot"}}')).toBeNull();
  });

  it("names an event's feature from its type", () => {
    expect(eventFeature({ type: "speakers_list.next_called" })).toBe("speakers_list");
    expect(concernsFeatures({ type: "amendment.submitted" }, ["paragraph", "amendment"])).toBe(true);
    expect(concernsFeatures({ type: "amendments_x.y" }, ["amendment"])).toBe(false);
  });
});

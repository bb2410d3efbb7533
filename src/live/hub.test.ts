import { describe, expect, it } from "vitest";
import { PUBLIC } from "../domain/authorization.js";
import type { RecordedEvent } from "../domain/events.js";
import { asId, type SittingId } from "../domain/ids.js";
import { Hub, type HubSource, type LiveClient } from "./hub.js";

const S = asId<SittingId>("s1");
const event = (position: number, sittingId: SittingId | null = S): RecordedEvent => ({
  position,
  time: "2021-11-26T11:30:00.000Z",
  actor: null,
  type: `t${position}`,
  subject: "x",
  sittingId,
  scope: "public",
  payload: null,
});

/** A log held in memory, standing for the store. */
const memoryLog = (log: RecordedEvent[]): HubSource => ({
  between: async (after, before) => log.filter((e) => e.position > after && e.position < before),
  ofSitting: async (sittingId, after) => log.filter((e) => e.sittingId === sittingId && e.position > after),
  lastPosition: async () => log.at(-1)?.position ?? 0,
});

const recorder = (): LiveClient & { positions: number[] } => {
  const positions: number[] = [];
  return { principal: PUBLIC, positions, send: (m) => positions.push((JSON.parse(m) as { event: { position: number } }).event.position) };
};

describe("live hub", () => {
  it("fills a gap from the store and drops duplicates", async () => {
    const log = [event(1)];
    const hub = new Hub(memoryLog(log));
    await hub.start();
    const client = recorder();
    await hub.subscribe(client, S, 1);
    log.push(event(2), event(3), event(4));
    await hub.notify([event(4)]); // 2 and 3 were never announced
    await hub.notify([event(3), event(4)]); // late duplicates
    expect(client.positions).toEqual([2, 3, 4]);
  });

  it("buffers live events during a replay and sends each once, in order", async () => {
    const log = [event(1), event(2)];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const source = memoryLog(log);
    const slow: HubSource = { ...source, ofSitting: async (s, a) => (await gate, source.ofSitting(s, a)) };
    const hub = new Hub(slow);
    await hub.start();
    const client = recorder();
    const subscribed = hub.subscribe(client, S, 0);
    log.push(event(3));
    await hub.notify([event(3)]);
    release();
    await subscribed;
    expect(client.positions).toEqual([1, 2, 3]);
  });

  it("catches up by polling when a notification never arrives", async () => {
    const log: RecordedEvent[] = [];
    const hub = new Hub(memoryLog(log));
    await hub.start();
    const client = recorder();
    await hub.subscribe(client, S, 0);
    log.push(event(1), event(2, null), event(3));
    await hub.poll();
    expect(client.positions).toEqual([1, 3]);
    expect(hub.position).toBe(3);
  });
});

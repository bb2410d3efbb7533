import { describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../domain/authorization.js";
import type { EventScope, RecordedEvent } from "../domain/events.js";
import { asId, type AccountId, type SittingId } from "../domain/ids.js";
import { Hub, type HubSource, type LiveClient } from "./hub.js";

const S = asId<SittingId>("s1");
const event = (position: number, sittingId: SittingId | null = S, scope: EventScope = "public", subject = "x"): RecordedEvent => ({
  position,
  time: "2021-11-26T11:30:00.000Z",
  actor: null,
  type: `t${position}`,
  subject,
  sittingId,
  scope,
  payload: null,
});

/** A log held in memory, standing for the store, counting its reads. */
const memoryLog = (log: RecordedEvent[]): HubSource & { reads: number } => {
  const source = {
    reads: 0,
    between: async (after: number, before: number) => (source.reads++, log.filter((e) => e.position > after && e.position < before)),
    ofSitting: async (sittingId: SittingId, after: number, limit: number) => (
      source.reads++,
      log.filter((e) => e.sittingId === sittingId && e.position > after).slice(0, limit)
    ),
    lastPosition: async () => log.at(-1)?.position ?? 0,
  };
  return source;
};

type Recorder = LiveClient & { positions: number[]; principal: Principal; refreshes: number; next: Principal | null };
const recorder = (principal: Principal = PUBLIC): Recorder => {
  const client: Recorder = {
    principal,
    accountId: principal.accountId,
    sittings: null,
    positions: [],
    refreshes: 0,
    next: null,
    send: (m) => {
      const parsed = JSON.parse(m) as { event?: { position: number } };
      if (parsed.event) client.positions.push(parsed.event.position);
    },
    refresh: async () => {
      client.refreshes++;
      if (client.next) client.principal = client.next;
    },
  };
  return client;
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
    const slow: HubSource = { ...source, ofSitting: async (s, a, l) => (await gate, source.ofSitting(s, a, l)) };
    const hub = new Hub(slow);
    await hub.start();
    log.push(event(3));
    await hub.notify([event(3)]);
    const client = recorder();
    const subscribed = hub.subscribe(client, S, 0);
    log.push(event(4));
    await hub.notify([event(4)]);
    release();
    expect(await subscribed).toEqual({ position: 4, resumed: true });
    expect(client.positions).toEqual([1, 2, 3, 4]);
  });

  it("follows a first open from now, without reading the sitting's history", async () => {
    const log = [event(1), event(2), event(3)];
    const source = memoryLog(log);
    const hub = new Hub(source);
    await hub.start();
    const client = recorder();
    expect(await hub.subscribe(client, S, null)).toEqual({ position: 3, resumed: false });
    expect(source.reads).toBe(0);
    log.push(event(4));
    await hub.notify([event(4)]);
    expect(client.positions).toEqual([4]);
  });

  it("answers a resume that missed too much with the current position, for the screen to reload", async () => {
    const log = Array.from({ length: 20 }, (_, i) => event(i + 1));
    const hub = new Hub(memoryLog(log), { maxReplay: 5 });
    await hub.start();
    const far = recorder();
    expect(await hub.subscribe(far, S, 2)).toEqual({ position: 20, resumed: false });
    expect(far.positions).toEqual([]);
    const near = recorder();
    expect(await hub.subscribe(near, S, 16)).toEqual({ position: 20, resumed: true });
    expect(near.positions).toEqual([17, 18, 19, 20]);
  });

  it("believes only the store: an announcement beyond the log delivers nothing and costs one read", async () => {
    const log = [event(1)];
    const source = memoryLog(log);
    const hub = new Hub(source);
    await hub.start();
    const client = recorder();
    await hub.subscribe(client, S, null);
    const reads = source.reads;
    await hub.announce(1_000_000);
    expect(source.reads - reads).toBe(1);
    expect(client.positions).toEqual([]);
    expect(hub.position).toBe(1);
    log.push(event(2), event(3));
    await hub.announce(3);
    expect(client.positions).toEqual([2, 3]);
    await hub.announce(2); // already delivered: no read at all
    expect(source.reads - reads).toBe(2);
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

  it("reads an account's rights again before the event about it, and filters the next events with them", async () => {
    const member: Principal = { accountId: asId<AccountId>("a1"), roles: [{ role: "participant", scope: "group:g1" }] };
    const log: RecordedEvent[] = [];
    const hub = new Hub(memoryLog(log));
    await hub.start();
    const client = recorder(member);
    const other = recorder({ accountId: asId<AccountId>("a2"), roles: [] });
    await hub.subscribe(client, S, null);
    await hub.subscribe(other, S, null);
    log.push(event(1, S, "group:g1"));
    await hub.notify([event(1, S, "group:g1")]);
    client.next = { accountId: member.accountId, roles: [] };
    const removed = [event(2, S, "account:a1", "account:a1"), event(3, S, "group:g1")];
    log.push(...removed);
    await hub.notify(removed);
    expect(client.refreshes).toBe(1);
    expect(other.refreshes).toBe(0);
    expect(client.positions).toEqual([1, 2]);
  });

  it("ends one subscription or all of a client's, through its own index", async () => {
    const hub = new Hub(memoryLog([]));
    await hub.start();
    const clients = Array.from({ length: 2000 }, () => recorder());
    for (const c of clients) await hub.subscribe(c, S, null);
    await hub.subscribe(clients[0]!, asId<SittingId>("s2"), null);
    expect(hub.subscriberCount).toBe(2001);
    hub.unsubscribe(clients[0]!, S);
    expect(clients[0]!.sittings).toEqual(["s2"]);
    for (const c of clients) hub.unsubscribe(c);
    expect(hub.subscriberCount).toBe(0);
    expect(clients[0]!.sittings).toBeNull();
  });
});

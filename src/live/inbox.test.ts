import { describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../domain/authorization.js";
import type { EventScope, RecordedEvent } from "../domain/events.js";
import { asId, type AccountId } from "../domain/ids.js";
import { Hub, type LiveClient } from "./hub.js";

const event = (position: number, scope: EventScope, subject = `notification:n${position}`): RecordedEvent => ({
  position,
  time: "2021-11-26T11:30:00.000Z",
  actor: null,
  type: "notification.created",
  subject,
  sittingId: null,
  scope,
  payload: { id: `n${position}` },
});

const client = (principal: Principal) => {
  const c: LiveClient & { positions: number[]; principal: Principal; next: Principal | null } = {
    principal,
    accountId: principal.accountId,
    sittings: null,
    positions: [],
    next: null,
    send: (m) => {
      const parsed = JSON.parse(m) as { event?: { position: number } };
      if (parsed.event) c.positions.push(parsed.event.position);
    },
    refresh: async () => {
      if (c.next) c.principal = c.next;
    },
  };
  return c;
};

const person = (id: string): Principal => ({ accountId: asId<AccountId>(id), roles: [{ role: "participant", scope: null }] });
const hub = async () => {
  const h = new Hub({ between: async () => [], ofSitting: async () => [], lastPosition: async () => 0 });
  await h.start();
  return h;
};

describe("a person's inbox on the live channel", () => {
  it("receives the events of its own account's scope, and nobody else's", async () => {
    const h = await hub();
    const ana = client(person("ana"));
    const ben = client(person("ben"));
    expect(h.subscribeInbox(ana)).toBe(0);
    h.subscribeInbox(ben);
    await h.notify([event(1, "account:ana"), event(2, "account:ben"), event(3, "staff"), event(4, "account:ana")]);
    expect(ana.positions).toEqual([1, 4]);
    expect(ben.positions).toEqual([2]);
  });

  it("has no inbox for the public, and ends with the connection", async () => {
    const h = await hub();
    expect(h.subscribeInbox(client(PUBLIC))).toBeNull();
    const ana = client(person("ana"));
    h.subscribeInbox(ana);
    h.unsubscribe(ana);
    await h.notify([event(1, "account:ana")]);
    expect(ana.positions).toEqual([]);
  });

  it("reads the person's standing again on an event about the account, and sends nothing once signed out", async () => {
    const h = await hub();
    const ana = client(person("ana"));
    h.subscribeInbox(ana);
    ana.next = PUBLIC;
    await h.notify([event(1, "account:ana", "account:ana"), event(2, "account:ana")]);
    expect(ana.positions).toEqual([]);
  });
});

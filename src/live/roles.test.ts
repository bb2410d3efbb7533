import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventScope } from "../domain/events.js";
import { asId, type SittingId } from "../domain/ids.js";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { TestLiveClient } from "../test-support/live-client.js";
import { storeKinds } from "../test-support/stores.js";
import { onRecord } from "../test-support/factories.js";

describe.each(storeKinds())("roles held on open live sockets, %s", (kind) => {
  let t: TestApp;
  let base: string;
  let sittingId: SittingId;
  let groupId: string;
  let secretariat: { cookie: string; csrfToken: string };

  const write = (type: string, scope: EventScope = "public") =>
    t.writer.run(null, async (ctx) => ctx.record({ type, subject: `sitting:${sittingId}`, sittingId, scope, payload: {} }));
  const types = (c: TestLiveClient) => c.messages.filter((m) => m.type === "event").map((m) => m.event!.type);
  const as = (who: { cookie: string; csrfToken: string }, method: "POST" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { cookie: who.cookie, "x-csrf-token": who.csrfToken } });

  /** A participant of the reference event who joined the first group, signed in, with a socket following the sitting. */
  const member = async (name: string) => {
    const email = `${name}-${kind}@example.org`;
    const accountId = await accountWith(t, email, []);
    await onRecord(t, accountId, { name });
    const session = await signIn(t, email);
    expect((await as(session, "POST", `/api/v1/groups/${groupId}/members`, {})).statusCode).toBe(200);
    const socket = await TestLiveClient.connect(base, session.cookie);
    socket.send({ type: "subscribe", sittingId });
    await socket.until((m) => m.some((x) => x.type === "subscribed"));
    await write("test.group-private", `group:${groupId}`);
    await socket.until(() => types(socket).includes("test.group-private"));
    return { accountId, session, socket };
  };

  beforeAll(async () => {
    t = await testApp(kind);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    sittingId = asId<SittingId>((await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id);
    groupId = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json().groups[0].id;
    await accountWith(t, `secretariat-${kind}@example.org`, [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, `secretariat-${kind}@example.org`);
  });
  afterAll(async () => t.close());

  it("removed from a group: the open socket gets no further events of that group, and stays open for the rest", async () => {
    const { accountId, socket } = await member("removed");
    expect((await as(secretariat, "DELETE", `/api/v1/groups/${groupId}/members/${accountId}`)).statusCode).toBe(200);
    await write("test.group-after-removal", `group:${groupId}`);
    await write("test.public-after-removal");
    await socket.until(() => types(socket).includes("test.public-after-removal"));
    expect(types(socket)).not.toContain("test.group-after-removal");
    expect(types(socket)).toContain("membership.changed");
    socket.close();
  });

  it("signed out elsewhere: the open socket is closed with a reason and receives nothing private after", async () => {
    const { session, socket } = await member("signs-out");
    expect((await as(session, "DELETE", "/api/v1/session")).statusCode).toBe(204);
    await write("test.group-after-sign-out", `group:${groupId}`);
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4401, reason: expect.stringMatching(/signed out/) });
    expect(types(socket)).not.toContain("test.group-after-sign-out");
  });

  it("a password change elsewhere: the sockets of the other sessions are closed", async () => {
    const email = `changes-password-${kind}@example.org`;
    await accountWith(t, email, [{ role: "participant", scope: `group:${groupId}` }]);
    const here = await signIn(t, email);
    const elsewhere = await signIn(t, email);
    const socket = await TestLiveClient.connect(base, elsewhere.cookie);
    socket.send({ type: "subscribe", sittingId });
    await socket.until((m) => m.some((x) => x.type === "subscribed"));
    const changed = await t.app.inject({
      method: "PUT",
      url: "/api/v1/account/password",
      payload: { currentPassword: "correct horse battery staple", password: "Quorum-Madrid-2021-plenary!" },
      headers: { cookie: here.cookie, "x-csrf-token": here.csrfToken },
    });
    expect(changed.statusCode).toBe(204);
    expect(await socket.closed).toEqual({ code: 4401, reason: expect.stringMatching(/signed out/) });
  });

  it("a session that expires while open: the socket is closed when it runs out", async () => {
    const email = `expires-${kind}@example.org`;
    const accountId = await accountWith(t, email, [{ role: "participant", scope: `group:${groupId}` }]);
    const session = await signIn(t, email);
    await t.store.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() + 1500).toISOString() })
      .where("account_id", "=", accountId)
      .execute();
    const socket = await TestLiveClient.connect(base, session.cookie);
    socket.send({ type: "subscribe", sittingId });
    await socket.until((m) => m.some((x) => x.type === "subscribed"));
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4401, reason: expect.stringMatching(/expired/) });
  });
});

import WebSocket from "ws";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Opens the live channel as a hall screen would, with its address's token; resolves with the socket or the refusal. */
const openScreen = (base: string, token: string) =>
  new Promise<{ socket: WebSocket | null; status: number | null }>((resolve) => {
    const socket = new WebSocket(`${base.replace(/^http/, "ws")}/api/v1/live?screen=${encodeURIComponent(token)}`);
    socket.once("open", () => resolve({ socket, status: null }));
    socket.once("unexpected-response", (_req, res) => resolve({ socket: null, status: res.statusCode ?? 0 }));
    socket.once("error", () => resolve({ socket: null, status: 0 }));
  });

const nextMessage = (socket: WebSocket, type: string) =>
  new Promise<Json>((resolve) => {
    const on = (data: WebSocket.RawData) => {
      const m = JSON.parse(data.toString()) as Json;
      if (m.type !== type) return;
      socket.off("message", on);
      resolve(m);
    };
    socket.on("message", on);
  });

describe.each(storeKinds())("hall screen routes on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let secretariat: Caller;
  let participant: Caller;
  let sittingId: SittingId;
  let groupId: string;

  beforeEach(async () => {
    t = await testApp(kind);
    call = caller(t);
    const group = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").executeTakeFirstOrThrow();
    sittingId = group.sitting_id;
    groupId = group.id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "member@example.org", [{ role: "participant", scope: `group:${groupId}` }]);
    secretariat = await signIn(t, "sec@example.org");
    participant = await signIn(t, "member@example.org");
  });
  afterEach(async () => t.close());

  const setUp = async (): Promise<{ screen: Json; token: string }> => {
    const res = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/projectors`, { name: "Hall 1", language: "ar", groupId });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Json;
    return { screen: body.projector, token: (body.address as string).replace("/screen/", "") };
  };

  it("shows the hall, by its address alone, the slide the secretariat chose, and refuses a participant", async () => {
    const { screen, token } = await setUp();
    expect(screen).toMatchObject({
      name: "Hall 1",
      language: "ar",
      current: { kind: "speakers" },
      permissions: { control: true, manage: true },
    });
    expect((await call(null, "GET", `/api/v1/screens/${token}`)).json()).toMatchObject({ language: "ar", slide: { kind: "speakers" } });

    const message = { kind: "message", text: "استراحة قهوة حتى الساعة 12:15" };
    const refused = await call(participant, "POST", `/api/v1/projectors/${screen.id}/steps`, {
      version: 1,
      step: { type: "show", slide: message },
    });
    expect(refused.statusCode).toBe(403);
    expect((await call(participant, "GET", `/api/v1/sittings/${sittingId}/projectors`)).statusCode).toBe(403);
    expect((await call(participant, "POST", `/api/v1/projectors/${screen.id}/preview`, { slide: message })).statusCode).toBe(403);

    const preview = await call(secretariat, "POST", `/api/v1/projectors/${screen.id}/preview`, { slide: message });
    expect(preview.json()).toMatchObject({ slide: message });
    const shown = await call(secretariat, "POST", `/api/v1/projectors/${screen.id}/steps`, {
      version: 1,
      step: { type: "show", slide: message },
    });
    expect(shown.json()).toMatchObject({ version: 2, current: message });
    expect((await call(null, "GET", `/api/v1/screens/${token}`)).json()).toMatchObject({ slide: message });
    const list = (await call(secretariat, "GET", `/api/v1/sittings/${sittingId}/projectors`)).json() as Json;
    expect(list.projectors.map((p: Json) => p.id)).toEqual([screen.id]);
  });

  it("refuses a bad token and a re-issued one, for reads and on the live channel", async () => {
    const { screen, token } = await setUp();
    expect((await call(null, "GET", `/api/v1/screens/${"x".repeat(43)}`)).statusCode).toBe(404);
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    expect((await openScreen(base, "x".repeat(43))).status).toBe(403);

    const { socket } = await openScreen(base, token);
    socket!.send(JSON.stringify({ type: "subscribe", sittingId: "another-sitting" }));
    expect((await nextMessage(socket!, "error")).code).toBe("not_found");
    socket!.send(JSON.stringify({ type: "subscribe", sittingId }));
    await nextMessage(socket!, "subscribed");
    const event = nextMessage(socket!, "event");
    await call(secretariat, "POST", `/api/v1/projectors/${screen.id}/steps`, {
      version: 1,
      step: { type: "show", slide: { kind: "agenda" } },
    });
    expect((await event).event).toMatchObject({ type: "projector.shown", payload: { projectorId: screen.id } });

    const closed = new Promise<number>((resolve) => socket!.once("close", (code) => resolve(code)));
    const reissued = await call(secretariat, "POST", `/api/v1/projectors/${screen.id}/address`, {});
    expect(reissued.statusCode).toBe(200);
    expect(await closed).toBe(4403);
    expect((await call(null, "GET", `/api/v1/screens/${token}`)).statusCode).toBe(404);
    expect((await openScreen(base, token)).status).toBe(403);
    const fresh = (reissued.json() as Json).address.replace("/screen/", "");
    expect((await call(null, "GET", `/api/v1/screens/${fresh}`)).statusCode).toBe(200);
  });
});

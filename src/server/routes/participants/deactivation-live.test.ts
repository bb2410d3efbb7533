import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, type Caller } from "../../../test-support/factories.js";
import { TestLiveClient } from "../../../test-support/live-client.js";
import { storeKinds } from "../../../test-support/stores.js";

describe.each(storeKinds())("a deactivated participant on the live channel, %s", (kind) => {
  let t: TestApp;
  let base: string;
  let call: ReturnType<typeof caller>;
  let secretariat: Caller;

  beforeAll(async () => {
    t = await testApp(kind);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    call = caller(t);
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    secretariat = await signIn(t, "sec@example.org");
  });
  afterAll(async () => t.close());

  it("loses their open socket when the secretariat deactivates them", async () => {
    const eventId = (await t.app.inject({ url: "/api/v1/events" })).json().events[0].id;
    const sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id;
    const p = (
      await call(secretariat, "POST", `/api/v1/setup/events/${eventId}/participants`, {
        name: "Ines Duarte",
        parliament: "Portugal",
        email: "ines@example.org",
        gender: "woman",
        languages: ["es"],
      })
    ).json();
    const link = (await call(secretariat, "POST", `/api/v1/setup/participants/${p.id}/invitation`, {})).json().link as string;
    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/v1/session/link",
      payload: { token: decodeURIComponent(link.split("token=")[1]!) },
    });
    const socket = await TestLiveClient.connect(
      base,
      `rapporteur_session=${signedIn.cookies.find((c) => c.name === "rapporteur_session")?.value}`,
    );
    socket.send({ type: "subscribe", sittingId });
    await socket.until((m) => m.some((x) => x.type === "subscribed"));
    expect((await call(secretariat, "PUT", `/api/v1/setup/participants/${p.id}/active`, { version: 1, active: false })).statusCode).toBe(
      200,
    );
    expect(await socket.closed).toEqual({ code: 4401, reason: expect.stringMatching(/signed out/) });
  });
});
